import type { ReactNode } from "react";

import { cn } from "@/components/ui/cn";

export type EmptyStateProps = {
  /** A decorative icon or `<ProviderMark decorative />`, hidden from screen readers. */
  icon?: ReactNode;
  /** Says what is missing, such as "No Anthropic integration yet". */
  title: ReactNode;
  /** Says what adding one would do. */
  description?: ReactNode;
  /** The next step, usually one `<Button>` or a link styled as one. */
  action?: ReactNode;
  /** The title's heading level, to fit the page outline. */
  headingLevel?: 2 | 3 | 4;
  className?: string;
};

/** Fills the space where a list would be when it has no items yet. */
export function EmptyState({ icon, title, description, action, headingLevel = 2, className }: EmptyStateProps) {
  const Heading = `h${headingLevel}` as const;

  return (
    <div
      className={cn(
        "flex flex-col items-center rounded-lg border border-dashed border-zinc-300 px-6 py-10 text-center dark:border-zinc-700",
        className,
      )}
    >
      {icon ? (
        <div
          aria-hidden="true"
          className="mb-3 flex size-10 items-center justify-center rounded-full bg-zinc-100 text-zinc-500 dark:bg-zinc-800 dark:text-zinc-400"
        >
          {icon}
        </div>
      ) : null}
      <Heading className="text-sm font-semibold text-zinc-900 dark:text-zinc-100">{title}</Heading>
      {description ? (
        <p className="mt-1 max-w-sm text-sm leading-5 text-zinc-600 dark:text-zinc-400">{description}</p>
      ) : null}
      {action ? <div className="mt-4">{action}</div> : null}
    </div>
  );
}
