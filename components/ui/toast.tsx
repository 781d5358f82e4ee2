"use client";

import * as ToastPrimitive from "@radix-ui/react-toast";
import { useSyncExternalStore, type ComponentType } from "react";

import { cn } from "@/components/ui/cn";
import { CheckCircleIcon, CloseIcon, InfoCircleIcon, XCircleIcon } from "@/components/ui/icons";

export type ToastTone = "success" | "error" | "info";

export type ToastOptions = {
  title: string;
  description?: string;
  tone: ToastTone;
  /** Milliseconds before the toast closes itself. Defaults to 5000, and errors stay until dismissed. */
  duration?: number;
};

type ToastEntry = ToastOptions & { id: number };

/** Older toasts are dropped beyond this many, so a burst of errors cannot cover the page. */
const MAX_VISIBLE_TOASTS = 3;
const DEFAULT_DURATION_MS = 5000;
const NO_TOASTS: ToastEntry[] = [];

// The queue lives at module level so `toast()` works from any client component
// without a context provider. `<Toaster />` subscribes to it.
let queue: ToastEntry[] = NO_TOASTS;
let nextId = 1;
const listeners = new Set<() => void>();

function publish(next: ToastEntry[]) {
  queue = next;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Shows a toast and returns its id. Requires `<Toaster />` to be mounted. */
export function toast(options: ToastOptions): number {
  const id = nextId++;
  publish([...queue, { ...options, id }].slice(-MAX_VISIBLE_TOASTS));
  return id;
}

function dismissToast(id: number) {
  publish(queue.filter((entry) => entry.id !== id));
}

/** Returns the `toast` function, for components that prefer a hook. */
export function useToast(): { toast: typeof toast } {
  return { toast };
}

const toneStyles: Record<ToastTone, { Icon: ComponentType<{ className?: string }>; word: string; iconClass: string }> = {
  success: { Icon: CheckCircleIcon, word: "Success", iconClass: "text-emerald-600 dark:text-emerald-400" },
  error: { Icon: XCircleIcon, word: "Error", iconClass: "text-red-600 dark:text-red-400" },
  info: { Icon: InfoCircleIcon, word: "Info", iconClass: "text-sky-600 dark:text-sky-400" },
};

/**
 * Renders queued toasts. Mount it once, in the root layout. Screen readers announce
 * each toast politely with its tone word first ("Error: …"). F8 moves focus to the list.
 */
export function Toaster() {
  const entries = useSyncExternalStore(subscribe, () => queue, () => NO_TOASTS);

  return (
    <ToastPrimitive.Provider swipeDirection="right">
      {entries.map((entry) => (
        <ToastItem key={entry.id} entry={entry} />
      ))}
      <ToastPrimitive.Viewport className="fixed bottom-0 right-0 z-[60] m-0 flex w-full list-none flex-col gap-2 p-4 outline-none sm:max-w-sm" />
    </ToastPrimitive.Provider>
  );
}

function ToastItem({ entry }: { entry: ToastEntry }) {
  const { Icon, word, iconClass } = toneStyles[entry.tone];
  const duration = entry.duration ?? (entry.tone === "error" ? Infinity : DEFAULT_DURATION_MS);

  return (
    <ToastPrimitive.Root
      type="background"
      duration={duration}
      onOpenChange={(open) => {
        if (!open) dismissToast(entry.id);
      }}
      className={cn(
        "flex items-start gap-3 rounded-lg border border-zinc-200 bg-white p-3.5 pr-2.5 text-sm shadow-lg",
        "dark:border-zinc-800 dark:bg-zinc-900",
        "data-[swipe=move]:translate-x-[var(--radix-toast-swipe-move-x)] data-[swipe=end]:translate-x-full",
      )}
    >
      <Icon className={cn("mt-0.5", iconClass)} />
      <div className="min-w-0 flex-1">
        <ToastPrimitive.Title className="font-medium leading-5 text-zinc-900 dark:text-zinc-100">
          <span className="sr-only">{word}: </span>
          {entry.title}
        </ToastPrimitive.Title>
        {entry.description ? (
          <ToastPrimitive.Description className="mt-0.5 leading-5 text-zinc-600 dark:text-zinc-400">
            {entry.description}
          </ToastPrimitive.Description>
        ) : null}
      </div>
      <ToastPrimitive.Close
        aria-label="Dismiss notification"
        className="inline-flex size-7 shrink-0 items-center justify-center rounded-md text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-zinc-100"
      >
        <CloseIcon />
      </ToastPrimitive.Close>
    </ToastPrimitive.Root>
  );
}
