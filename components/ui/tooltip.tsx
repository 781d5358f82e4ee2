"use client";

import * as TooltipPrimitive from "@radix-ui/react-tooltip";
import type { ReactElement, ReactNode } from "react";

import { cn } from "@/components/ui/cn";

export type TooltipProps = {
  /** Text shown in the bubble. Keep it short, because it cannot contain links or buttons. */
  content: ReactNode;
  /** The trigger: one element that can take focus and forwards its ref (a button, a link, a span with tabIndex). */
  children: ReactElement;
  side?: "top" | "right" | "bottom" | "left";
  /** Controlled open state, for triggers that should also open on tap. */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  delayDuration?: number;
  className?: string;
};

/**
 * A hint that appears on hover and on keyboard focus, and closes on Escape.
 * It brings its own provider, so it works without a provider in the layout.
 * NOTE: Radix tooltips do not open on touch, so anything a phone user needs must
 * also be reachable another way, or the trigger must control `open` itself.
 */
export function Tooltip({
  content,
  children,
  side = "top",
  open,
  onOpenChange,
  delayDuration = 300,
  className,
}: TooltipProps) {
  return (
    <TooltipPrimitive.Provider delayDuration={delayDuration}>
      <TooltipPrimitive.Root open={open} onOpenChange={onOpenChange}>
        <TooltipPrimitive.Trigger asChild>{children}</TooltipPrimitive.Trigger>
        <TooltipPrimitive.Portal>
          <TooltipPrimitive.Content
            side={side}
            sideOffset={6}
            collisionPadding={8}
            className={cn(
              "z-50 max-w-[min(18rem,calc(100vw-16px))] rounded-md bg-zinc-900 px-2.5 py-1.5 text-xs leading-5 text-white shadow-md",
              "dark:bg-zinc-100 dark:text-zinc-900",
              className,
            )}
          >
            {content}
            <TooltipPrimitive.Arrow className="fill-zinc-900 dark:fill-zinc-100" />
          </TooltipPrimitive.Content>
        </TooltipPrimitive.Portal>
      </TooltipPrimitive.Root>
    </TooltipPrimitive.Provider>
  );
}
