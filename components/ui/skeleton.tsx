import { cn } from "@/components/ui/cn";

export type SkeletonProps = {
  /** Fixed size classes, such as "h-4 w-32". Match the content that replaces it, so nothing shifts. */
  className: string;
  /** "text" for line placeholders, "block" for boxes, "circle" for avatars and marks. */
  shape?: "text" | "block" | "circle";
};

const shapeClasses = {
  text: "rounded",
  block: "rounded-lg",
  circle: "rounded-full",
} as const;

/**
 * A pulsing placeholder. It is hidden from screen readers, so the loading region
 * around it should carry `aria-busy="true"` and a visually hidden "Loading…" text.
 */
export function Skeleton({ className, shape = "text" }: SkeletonProps) {
  return (
    <span
      aria-hidden="true"
      className={cn(
        "block shrink-0 animate-pulse bg-zinc-200 motion-reduce:animate-none dark:bg-zinc-800",
        shapeClasses[shape],
        className,
      )}
    />
  );
}
