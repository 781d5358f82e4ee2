import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from "react";

import { cn } from "@/components/ui/cn";
import { controlClasses, FieldShell, fieldIds } from "@/components/ui/field";

export type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "children"> & {
  label: ReactNode;
  /** A hint under the field, linked with aria-describedby. */
  description?: ReactNode;
  /** An error under the field. When set, the input gets aria-invalid and a red border. */
  error?: ReactNode;
  /** Classes for the wrapper around the label, input and texts. `className` styles the input itself. */
  fieldClassName?: string;
  ref?: Ref<HTMLInputElement>;
};

/**
 * A labelled `<input>`. Every other prop goes to the input, so it works with
 * plain form posts, FormData and uncontrolled `defaultValue`.
 */
export function TextField({
  label,
  description,
  error,
  fieldClassName,
  className,
  id,
  required,
  ref,
  ...inputProps
}: TextFieldProps) {
  const generatedId = useId();
  const ids = fieldIds(id ?? generatedId, Boolean(description), Boolean(error));

  return (
    <FieldShell
      ids={ids}
      label={label}
      description={description}
      error={error}
      required={required}
      className={fieldClassName}
    >
      <input
        ref={ref}
        id={ids.controlId}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        className={cn(controlClasses(Boolean(error)), className)}
        {...inputProps}
      />
    </FieldShell>
  );
}
