import type { HTMLAttributes, ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";

import { cn } from "@/components/ui/cn";

// The row and cell classes are component classes in app/globals.css, because
// long tables repeat them in every row.

export type TableProps = HTMLAttributes<HTMLTableElement> & {
  /** The table's name for screen readers. Every data table should have one. */
  caption?: ReactNode;
  /** Keeps the caption for screen readers only, for tables that already sit under a visible heading. */
  captionHidden?: boolean;
  /** Classes for the scrolling, bordered box around the table. */
  containerClassName?: string;
};

/**
 * A full-width data table. It scrolls sideways inside its own box when its columns
 * do not fit, so narrow screens never scroll the whole page.
 */
export function Table({ caption, captionHidden = false, containerClassName, className, children, ...props }: TableProps) {
  return (
    <div className={cn("w-full overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800", containerClassName)}>
      <table className={cn("w-full border-collapse text-left text-sm", className)} {...props}>
        {caption ? (
          <caption
            className={cn(
              captionHidden
                ? "sr-only"
                : "px-4 py-3 text-left text-sm font-medium text-zinc-900 dark:text-zinc-100",
            )}
          >
            {caption}
          </caption>
        ) : null}
        {children}
      </table>
    </div>
  );
}

export function TableHeader({ className, ...props }: HTMLAttributes<HTMLTableSectionElement>) {
  return (
    <thead
      className={cn("border-b border-zinc-200 bg-zinc-50 dark:border-zinc-800 dark:bg-zinc-900/60", className)}
      {...props}
    />
  );
}

export function TableBody({ className, ...props }: HTMLAttributes<HTMLTableSectionElement>) {
  return <tbody className={cn("divide-y divide-zinc-200 dark:divide-zinc-800", className)} {...props} />;
}

export function TableRow({ className, ...props }: HTMLAttributes<HTMLTableRowElement>) {
  return (
    <tr className={cn("data-row", className)} {...props} />
  );
}

/** A header cell; `scope` defaults to "col". Pass `scope="row"` for a row header, styled like body text. */
export function TableHead({ className, scope = "col", ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return (
    <th
      scope={scope}
      className={cn(scope === "row" ? "data-row-head" : "data-column-head", className)}
      {...props}
    />
  );
}

export function TableCell({ className, ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={cn("data-cell", className)} {...props} />;
}
