import { AuditOutcomeBadge } from "@/components/audit/audit-outcome-badge";
import { Card } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { AuditEventRowView } from "@/lib/audit/audit-event-row-view";

/**
 * Renders the audit events as a table from the `md` breakpoint up, and as a list of
 * cards on narrower screens, where four columns would not fit.
 */
export function AuditEventList({ events }: { events: AuditEventRowView[] }) {
  return (
    <>
      <div className="hidden md:block">
        <Table caption="Audit events, newest first" captionHidden>
          <TableHeader>
            <TableRow>
              <TableHead className="w-48">Time (UTC)</TableHead>
              <TableHead className="w-56">Actor</TableHead>
              <TableHead>Event</TableHead>
              <TableHead className="w-32">Outcome</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {events.map((event) => (
              <TableRow key={event.id} data-testid="audit-event-row">
                <TableCell className="whitespace-nowrap align-top font-mono text-xs">
                  <time dateTime={event.createdAt}>{event.createdAtLabel}</time>
                </TableCell>
                <TableCell className="break-all align-top">{event.actorLabel}</TableCell>
                <TableCell className="align-top text-zinc-900 dark:text-zinc-100">{event.description}</TableCell>
                <TableCell className="align-top">
                  <AuditOutcomeBadge succeeded={event.succeeded} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>

      <ol aria-label="Audit events, newest first" className="space-y-3 md:hidden">
        {events.map((event) => (
          <Card as="li" key={event.id} className="space-y-2 p-4" data-testid="audit-event-card">
            <div className="flex items-center justify-between gap-3">
              <time dateTime={event.createdAt} className="font-mono text-xs text-zinc-600 dark:text-zinc-400">
                {event.createdAtLabel}
              </time>
              <AuditOutcomeBadge succeeded={event.succeeded} />
            </div>
            <p className="text-sm text-zinc-900 dark:text-zinc-100">{event.description}</p>
            <p className="break-all text-xs text-zinc-600 dark:text-zinc-400">
              <span className="sr-only">Actor: </span>
              {event.actorLabel}
            </p>
          </Card>
        ))}
      </ol>
    </>
  );
}
