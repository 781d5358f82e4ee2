import type { HTMLAttributes, ReactNode } from "react";

import { cn } from "@/components/ui/cn";

export type CardProps = HTMLAttributes<HTMLElement> & {
  /** The element to render: "li" for items of a card list, "section" for a titled form. */
  as?: "div" | "section" | "article" | "li";
};

/** A bordered surface for forms and for the card lists that replace tables on narrow screens. */
export function Card({ as: Element = "div", className, ...props }: CardProps) {
  return (
    <Element
      className={cn(
        "rounded-lg border border-zinc-200 bg-white shadow-sm dark:border-zinc-800 dark:bg-zinc-900",
        className,
      )}
      {...props}
    />
  );
}

export type CardHeaderProps = {
  title: ReactNode;
  description?: ReactNode;
  /** Controls at the right of the title, such as a `<Switch>` or a `<Button>`. */
  actions?: ReactNode;
  /** The title's heading level, to fit the page outline. */
  headingLevel?: 2 | 3 | 4;
  /** An id for the title, so the card can be named with aria-labelledby. */
  titleId?: string;
  className?: string;
};

/** The card's title row. The actions wrap under the title when space runs out. */
export function CardHeader({ title, description, actions, headingLevel = 3, titleId, className }: CardHeaderProps) {
  const Heading = `h${headingLevel}` as const;

  return (
    <div className={cn("flex flex-wrap items-start justify-between gap-x-4 gap-y-2 p-4 sm:px-5", className)}>
      <div className="min-w-0 flex-1">
        <Heading id={titleId} className="text-sm font-semibold leading-6 text-zinc-900 dark:text-zinc-100">
          {title}
        </Heading>
        {description ? (
          <p className="mt-0.5 text-sm leading-5 text-zinc-600 dark:text-zinc-400">{description}</p>
        ) : null}
      </div>
      {actions ? <div className="flex shrink-0 items-center gap-2">{actions}</div> : null}
    </div>
  );
}

export function CardContent({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return <div className={cn("px-4 pb-4 sm:px-5", className)} {...props} />;
}

/** A bottom bar for form buttons, separated by a border. */
export function CardFooter({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return (
    <div
      className={cn(
        "flex flex-col-reverse gap-2 border-t border-zinc-200 px-4 py-3 sm:flex-row sm:items-center sm:justify-end sm:px-5 dark:border-zinc-800",
        className,
      )}
      {...props}
    />
  );
}
