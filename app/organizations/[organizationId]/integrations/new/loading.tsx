import { Skeleton } from "@/components/ui/skeleton";

/** The add form's placeholder, so the list's placeholder does not show while the form loads. */
export default function NewIntegrationLoading() {
  return (
    <div className="mx-auto max-w-xl space-y-6" aria-busy="true">
      <span className="sr-only" role="status">
        Loading…
      </span>
      <div className="space-y-2">
        <Skeleton className="h-4 w-24" />
        <Skeleton className="h-8 w-52" />
        <Skeleton className="h-4 w-full" />
      </div>
      <Skeleton className="h-72 w-full" shape="block" />
    </div>
  );
}
