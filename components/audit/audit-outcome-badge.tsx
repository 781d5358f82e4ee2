import { Badge } from "@/components/ui/badge";

/** "Succeeded" or "Failed", each with its own icon shape, so the outcome reads without colour. */
export function AuditOutcomeBadge({ succeeded }: { succeeded: boolean }) {
  return succeeded ? <Badge tone="success">Succeeded</Badge> : <Badge tone="danger">Failed</Badge>;
}
