"use client";

import * as DialogPrimitive from "@radix-ui/react-dialog";
import type { ReactElement, ReactNode } from "react";

import { cn } from "@/components/ui/cn";
import { CloseIcon } from "@/components/ui/icons";

export type DialogProps = {
  /** The heading, linked as the dialog's accessible name. */
  title: ReactNode;
  /** One or two sentences under the title, linked as the dialog's description. */
  description: ReactNode;
  /** An element that opens the dialog, such as a `<Button>`. It gets focus back on close. */
  trigger?: ReactElement;
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** The body, such as a form. */
  children?: ReactNode;
  /** Buttons under the body, laid out by `DialogFooter`. */
  footer?: ReactNode;
  /** "alertdialog" for confirmations that interrupt the user; it also stops outside clicks from closing. */
  role?: "dialog" | "alertdialog";
  /** Draws the close button in the corner; Escape closes the dialog either way. */
  showCloseButton?: boolean;
  /**
   * Runs as the dialog closes, before Radix returns focus to the trigger (or
   * to what had focus before). Call `event.preventDefault()` to put focus
   * elsewhere, for dialogs without a trigger or whose trigger is gone.
   */
  onCloseAutoFocus?: (event: Event) => void;
  className?: string;
};

/**
 * A modal dialog built on Radix Dialog: focus stays inside while it is open,
 * Escape closes it, and focus returns to the trigger afterwards.
 */
export function Dialog({
  title,
  description,
  trigger,
  open,
  defaultOpen,
  onOpenChange,
  children,
  footer,
  role = "dialog",
  showCloseButton = true,
  onCloseAutoFocus,
  className,
}: DialogProps) {
  return (
    <DialogPrimitive.Root open={open} defaultOpen={defaultOpen} onOpenChange={onOpenChange}>
      {trigger ? <DialogPrimitive.Trigger asChild>{trigger}</DialogPrimitive.Trigger> : null}
      <DialogPrimitive.Portal>
        <DialogPrimitive.Overlay className="fixed inset-0 z-40 bg-zinc-950/40 backdrop-blur-[1px] dark:bg-black/60" />
        <DialogPrimitive.Content
          role={role}
          onCloseAutoFocus={onCloseAutoFocus}
          onPointerDownOutside={role === "alertdialog" ? (event) => event.preventDefault() : undefined}
          className={cn(
            "fixed left-1/2 top-1/2 z-50 flex max-h-[calc(100dvh-2rem)] w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 flex-col",
            "overflow-y-auto rounded-lg border border-zinc-200 bg-white p-5 shadow-xl dark:border-zinc-800 dark:bg-zinc-900",
            className,
          )}
        >
          <div className={cn("flex flex-col gap-1.5", showCloseButton && "pr-8")}>
            <DialogPrimitive.Title className="text-base font-semibold leading-6 text-zinc-900 dark:text-zinc-100">
              {title}
            </DialogPrimitive.Title>
            <DialogPrimitive.Description className="text-sm leading-5 text-zinc-600 dark:text-zinc-400">
              {description}
            </DialogPrimitive.Description>
          </div>
          {children ? <div className="mt-4">{children}</div> : null}
          {footer ? <DialogFooter>{footer}</DialogFooter> : null}
          {showCloseButton ? (
            <DialogPrimitive.Close
              aria-label="Close"
              className="absolute right-3 top-3 inline-flex size-8 items-center justify-center rounded-md text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-zinc-100"
            >
              <CloseIcon />
            </DialogPrimitive.Close>
          ) : null}
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}

/**
 * Lays out dialog buttons: stacked full width on phones with the last button on
 * top, and in a right-aligned row from the `sm` breakpoint up. Use it inside a form
 * in the dialog body when the buttons must submit that form.
 */
export function DialogFooter({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <div className={cn("mt-5 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end [&>*]:w-full sm:[&>*]:w-auto", className)}>
      {children}
    </div>
  );
}

/** Closes the surrounding dialog when its child (such as a Cancel `<Button>`) is clicked. */
export function DialogClose({ children }: { children: ReactElement }) {
  return <DialogPrimitive.Close asChild>{children}</DialogPrimitive.Close>;
}
