import { EmptyState } from "@/components/ui/empty-state";

type RoleRequiredNoticeProps = { title: string; description: string };

/** Stands in for a page whose content the member's role does not allow them to see. */
export function RoleRequiredNotice({ title, description }: RoleRequiredNoticeProps) {
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
      <EmptyState title="Your role does not include this page" description={description} />
    </div>
  );
}
