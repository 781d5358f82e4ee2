"use client";

import * as SwitchPrimitive from "@radix-ui/react-switch";
import { useId, useState, type MouseEvent, type ReactNode, type Ref } from "react";

import { cn } from "@/components/ui/cn";
import { CheckIcon, SpinnerIcon } from "@/components/ui/icons";
import { Tooltip } from "@/components/ui/tooltip";

/** A switch needs a name: either visible label text or an aria-label. */
type SwitchName = { label: ReactNode; "aria-label"?: undefined } | { label?: undefined; "aria-label": string };

export type SwitchProps = Omit<SwitchPrimitive.SwitchProps, "asChild" | "children"> &
  SwitchName & {
    /** A hint under the visible label, linked with aria-describedby. */
    description?: ReactNode;
    /**
     * Marks a change in flight: the thumb shows a spinner, the switch gets aria-busy and
     * ignores clicks, but it keeps keyboard focus (unlike `disabled`).
     */
    pending?: boolean;
    /** The reason the switch is disabled, shown in a tooltip on hover, focus or tap and read by screen readers. */
    disabledReason?: string;
    /** Classes for the wrapper around the switch and its label. */
    className?: string;
    ref?: Ref<HTMLButtonElement>;
  };

/**
 * An on/off switch built on Radix Switch (role="switch", toggled with Space or Enter).
 * Pass `checked` and `onCheckedChange` to control it, or `defaultChecked` to leave it
 * uncontrolled. With `name` inside a form it posts "on" when checked, like a checkbox.
 */
export function Switch({
  label,
  description,
  pending = false,
  disabled = false,
  disabledReason,
  id,
  className,
  onClick,
  ref,
  ...switchProps
}: SwitchProps) {
  const generatedId = useId();
  const switchId = id ?? generatedId;
  const descriptionId = description ? `${switchId}-description` : undefined;
  const reason = disabled ? disabledReason : undefined;
  const reasonId = reason ? `${switchId}-disabled-reason` : undefined;
  const describedBy = [descriptionId, reasonId].filter(Boolean).join(" ") || undefined;

  function ignoreClickWhilePending(event: MouseEvent<HTMLButtonElement>) {
    onClick?.(event);
    // Radix skips its own toggle when the event is already default-prevented.
    if (pending) event.preventDefault();
  }

  const control = (
    <SwitchPrimitive.Root
      ref={ref}
      id={switchId}
      disabled={disabled}
      aria-describedby={describedBy}
      aria-busy={pending || undefined}
      aria-disabled={pending || undefined}
      onClick={ignoreClickWhilePending}
      // Component classes in app/globals.css.
      className={cn("switch group", pending && "cursor-wait opacity-75")}
      {...switchProps}
    >
      <SwitchPrimitive.Thumb
        className="switch-thumb"
      >
        {pending ? (
          <SpinnerIcon className="size-3 text-zinc-500" />
        ) : (
          <CheckIcon className="switch-check" />
        )}
      </SwitchPrimitive.Thumb>
    </SwitchPrimitive.Root>
  );

  return (
    <div className={cn("flex min-w-0 items-start gap-3", className)}>
      <span className="flex h-5 shrink-0 items-center">
        {reason && reasonId ? (
          <DisabledReasonTrigger reason={reason} reasonId={reasonId}>
            {control}
          </DisabledReasonTrigger>
        ) : (
          control
        )}
      </span>
      {label || description ? (
        <div className="min-w-0 text-sm leading-5">
          {label ? (
            <label
              htmlFor={switchId}
              className={cn(
                "font-medium text-zinc-900 dark:text-zinc-100",
                disabled ? "cursor-not-allowed text-zinc-500 dark:text-zinc-400" : "cursor-pointer",
              )}
            >
              {label}
            </label>
          ) : null}
          {description ? (
            <p id={descriptionId} className="text-[13px] text-zinc-600 dark:text-zinc-400">
              {description}
            </p>
          ) : null}
        </div>
      ) : null}
      {reason ? (
        <span id={reasonId} className="sr-only">
          {reason}
        </span>
      ) : null}
    </div>
  );
}

/**
 * Wraps a disabled switch in a focusable span, because a disabled button takes no
 * focus and gets no pointer events, so it could never open a tooltip itself.
 * A tap opens the tooltip, since touch screens have no hover. A tap elsewhere or Escape closes it.
 */
function DisabledReasonTrigger({
  reason,
  reasonId,
  children,
}: {
  reason: string;
  reasonId: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);

  return (
    <Tooltip content={reason} open={open} onOpenChange={setOpen}>
      <span
        tabIndex={0}
        aria-describedby={reasonId}
        className="inline-flex cursor-not-allowed rounded-full"
        onClick={(event) => {
          // Radix closes a tooltip when its trigger is clicked, unless the event is prevented.
          event.preventDefault();
          setOpen(true);
        }}
      >
        {children}
      </span>
    </Tooltip>
  );
}
