import { useId, type ReactNode, type Ref, type SelectHTMLAttributes } from "react";

import { cn } from "@/components/ui/cn";
import { controlClasses, FieldShell, fieldIds } from "@/components/ui/field";
import { ChevronDownIcon } from "@/components/ui/icons";

export type SelectOption = {
  value: string;
  label: string;
  disabled?: boolean;
};

export type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, "children" | "multiple"> & {
  label: ReactNode;
  options: readonly SelectOption[];
  /**
   * Text for an empty first option, such as "Choose a provider". It can be selected,
   * so pair it with `required` when a choice is mandatory.
   */
  placeholder?: string;
  description?: ReactNode;
  error?: ReactNode;
  /** Classes for the wrapper around the label, select and texts. `className` styles the select itself. */
  fieldClassName?: string;
  ref?: Ref<HTMLSelectElement>;
};

/**
 * A labelled native `<select>`. It posts its value with plain HTML forms and
 * FormData, and uses the platform's own picker on phones.
 */
export function SelectField({
  label,
  options,
  placeholder,
  description,
  error,
  fieldClassName,
  className,
  id,
  required,
  ref,
  ...selectProps
}: SelectFieldProps) {
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
      <div className="relative">
        <select
          ref={ref}
          id={ids.controlId}
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={ids.describedBy}
          className={cn(controlClasses(Boolean(error)), "appearance-none pr-9", className)}
          {...selectProps}
        >
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value} disabled={option.disabled}>
              {option.label}
            </option>
          ))}
        </select>
        <ChevronDownIcon className="pointer-events-none absolute right-3 top-1/2 -translate-y-1/2 text-zinc-500 dark:text-zinc-400" />
      </div>
    </FieldShell>
  );
}
