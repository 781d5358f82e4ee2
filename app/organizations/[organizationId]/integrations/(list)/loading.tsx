import { Skeleton } from "@/components/ui/skeleton";

/**
 * The integration list's placeholder while the server reads it: a header and
 * five rows. It sits in the (list) route group so that it wraps the list only.
 * Under a loading boundary the edit page would stream its 404 after a 200
 * status had already been sent.
 */
export default function IntegrationsLoading() {
  return (
    <div className="space-y-6" aria-busy="true">
      <span className="sr-only" role="status">
        Loading integrations…
      </span>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="space-y-2">
          <Skeleton className="h-8 w-40" />
          <Skeleton className="h-4 w-80 max-w-full" />
        </div>
        <Skeleton className="h-9 w-36" shape="block" />
      </div>
      <div className="space-y-px overflow-hidden rounded-lg border border-zinc-200 dark:border-zinc-800">
        <Skeleton className="h-9 w-full" shape="block" />
        {Array.from({ length: 5 }, (_, index) => (
          <div key={index} className="flex items-center gap-4 bg-white px-4 py-4 dark:bg-zinc-900">
            <Skeleton className="size-5" shape="circle" />
            <Skeleton className="h-4 w-24" />
            <Skeleton className="hidden h-4 w-32 sm:block" />
            <Skeleton className="h-5 w-9" shape="block" />
            <Skeleton className="h-5 w-40" />
          </div>
        ))}
      </div>
    </div>
  );
}
