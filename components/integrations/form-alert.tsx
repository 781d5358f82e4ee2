import type { ReactNode, Ref } from "react";

import { XCircleIcon } from "@/components/ui/icons";

export type FormAlertProps = {
  message: string;
  /** Buttons that resolve the problem, such as "Reload". */
  actions?: ReactNode;
  /** Lets the form move focus here when the error concerns no single field. */
  ref?: Ref<HTMLDivElement>;
};

/** A form-level error, announced when it appears. Field errors go under their fields instead. */
export function FormAlert({ message, actions, ref }: FormAlertProps) {
  return (
    <div
      ref={ref}
      role="alert"
      tabIndex={-1}
      className="flex items-start gap-2.5 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900 outline-none dark:border-red-900 dark:bg-red-950/40 dark:text-red-200"
    >
      <XCircleIcon className="mt-0.5 text-red-600 dark:text-red-400" />
      <div className="min-w-0 flex-1 space-y-2">
        <p className="leading-5 break-words">{message}</p>
        {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
      </div>
    </div>
  );
}
