import { Slot } from "@radix-ui/react-slot";
import type { ButtonHTMLAttributes, Ref } from "react";

import { cn } from "@/components/ui/cn";
import { SpinnerIcon } from "@/components/ui/icons";

export type ButtonVariant = "primary" | "secondary" | "danger" | "ghost";
export type ButtonSize = "sm" | "md";

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Shows a spinner, sets aria-busy and disables the button until the work finishes. */
  loading?: boolean;
  /**
   * Renders the single child element (such as a Next.js `<Link>`) with the button's
   * styles instead of a `<button>`. The `loading` spinner is not drawn in this mode,
   * because the child must stay the only element.
   */
  asChild?: boolean;
  ref?: Ref<HTMLButtonElement>;
};

// Component classes in app/globals.css. Tailwind keeps only the classes it
// finds written out in the sources, so each name is spelled in full here.
const variantClasses: Record<ButtonVariant, string> = {
  primary: "btn-primary",
  secondary: "btn-secondary",
  danger: "btn-danger",
  ghost: "btn-ghost",
};

const sizeClasses: Record<ButtonSize, string> = {
  sm: "btn-sm",
  md: "btn-md",
};

/** Returns the button's classes, for elements that cannot use `asChild`. */
export function buttonClasses(variant: ButtonVariant = "secondary", size: ButtonSize = "md"): string {
  return `btn ${variantClasses[variant]} ${sizeClasses[size]}`;
}

/**
 * A button in one of four variants. The type defaults to the HTML default
 * ("submit" inside a form), so pass `type="button"` for buttons that only run a handler.
 */
export function Button({
  variant = "secondary",
  size = "md",
  loading = false,
  asChild = false,
  disabled,
  className,
  children,
  ref,
  ...props
}: ButtonProps) {
  const classes = cn(buttonClasses(variant, size), className);

  if (asChild) {
    return (
      <Slot ref={ref} className={classes} aria-busy={loading || undefined} {...props}>
        {children}
      </Slot>
    );
  }

  return (
    <button
      ref={ref}
      className={classes}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
      {...props}
    >
      {loading ? <SpinnerIcon /> : null}
      {children}
    </button>
  );
}
