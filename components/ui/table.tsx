import type { HTMLAttributes, ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";

import { cn } from "@/components/ui/cn";

// The row and cell classes are component classes in app/globals.css, because
// long tables repeat them in every row.
//
// Every element carries its table role explicitly. Browsers have been reported
// to drop a table's semantics once CSS changes its `display`, as stacked tables
// do on phones, and with the roles screen readers keep rows, cells and headers.

export type TableProps = HTMLAttributes<HTMLTableElement> & {
  /** The table's name for screen readers. Every data table should have one. */
  caption?: ReactNode;
  /** Keeps the caption for screen readers only, for tables that already sit under a visible heading. */
  captionHidden?: boolean;
  /**
   * Lays each row out as a card below the `sm` breakpoint (640 px) instead of
   * scrolling sideways. Give each TableCell a `label`, which the card shows
   * above the value in place of the hidden column headers.
   */
  stacked?: boolean;
};

/**
 * A full-width data table. Unless it is stacked, it scrolls sideways inside
 * its own box when its columns do not fit, so narrow screens never scroll the
 * whole page.
 */
export function Table({ caption, captionHidden = false, stacked = false, className, children, ...props }: TableProps) {
  return (
    <div
      className={cn(
        "w-full overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800",
        stacked && "max-sm:overflow-visible max-sm:rounded-none max-sm:border-0",
      )}
    >
      <table
        role="table"
        className={cn("w-full border-collapse text-left text-sm", stacked && "stacked-table", className)}
        {...props}
      >
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
      role="rowgroup"
      className={cn("border-b border-zinc-200 bg-zinc-50 dark:border-zinc-800 dark:bg-zinc-900/60", className)}
      {...props}
    />
  );
}

export function TableBody({ className, ...props }: HTMLAttributes<HTMLTableSectionElement>) {
  return <tbody role="rowgroup" className={cn("divide-y divide-zinc-200 dark:divide-zinc-800", className)} {...props} />;
}

export function TableRow({ className, ...props }: HTMLAttributes<HTMLTableRowElement>) {
  return <tr role="row" className={cn("data-row", className)} {...props} />;
}

/** A header cell; `scope` defaults to "col". Pass `scope="row"` for a row header, styled like body text. */
export function TableHead({ className, scope = "col", ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return (
    <th
      scope={scope}
      role={scope === "row" ? "rowheader" : "columnheader"}
      className={cn(scope === "row" ? "data-row-head" : "data-column-head", className)}
      {...props}
    />
  );
}

export type TableCellProps = TdHTMLAttributes<HTMLTableCellElement> & {
  /**
   * The name a stacked table's card shows above this cell's value on phones,
   * usually the column's header. Screen readers hear the column header instead.
   */
  label?: ReactNode;
  /** Spans the whole width of a stacked table's card, for long values such as email addresses. */
  wide?: boolean;
};

export function TableCell({ className, label, wide = false, children, ...props }: TableCellProps) {
  return (
    <td role="cell" className={cn("data-cell", wide && "stacked-wide", className)} {...props}>
      {label ? (
        <span className="stacked-label" aria-hidden="true">
          {label}
        </span>
      ) : null}
      {children}
    </td>
  );
}
