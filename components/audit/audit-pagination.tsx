import Link from "next/link";

import { buttonClasses } from "@/components/ui/button";

type AuditPaginationProps = {
  /** The first page with the same filters; set only when this is not the first page. */
  newestHref: string | null;
  /** The next page of older events; null on the last page. */
  olderHref: string | null;
};

/** Links to the newest events and to the next page of older ones. */
export function AuditPagination({ newestHref, olderHref }: AuditPaginationProps) {
  if (!newestHref && !olderHref) return null;

  return (
    <nav aria-label="Audit log pages" className="flex flex-wrap justify-between gap-3">
      {newestHref ? (
        <Link href={newestHref} className={buttonClasses("secondary")}>
          Newest events
        </Link>
      ) : (
        <span />
      )}
      {olderHref ? (
        <Link href={olderHref} className={buttonClasses("secondary")}>
          Older events
        </Link>
      ) : null}
    </nav>
  );
}
