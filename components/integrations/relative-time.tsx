"use client";

import { useSyncExternalStore } from "react";

import { formatUtcDate, formatUtcDateTime } from "@/lib/organizations/format-date";

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
/** Older moments are shown as a date, which reads better than "23 days ago". */
const RELATIVE_LIMIT_MS = 7 * DAY_MS;

// One shared clock for every RelativeTime on the page, ticking each half minute.
let now = Date.now();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | null = null;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      listeners.forEach((notify) => notify());
    }, MINUTE_MS / 2);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
}

/** Formats the time from `moment` to `reference` as "just now", "5 min ago", "3 h ago", "2 days ago" or a date. */
export function describeTimeAgo(moment: Date, reference: number): string {
  const elapsed = reference - moment.getTime();
  // A moment slightly ahead of the shared clock (it ticks every half minute) is "just now" too.
  if (elapsed < MINUTE_MS) return "just now";
  if (elapsed < HOUR_MS) return `${Math.floor(elapsed / MINUTE_MS)} min ago`;
  if (elapsed < DAY_MS) return `${Math.floor(elapsed / HOUR_MS)} h ago`;
  if (elapsed < RELATIVE_LIMIT_MS) {
    const days = Math.floor(elapsed / DAY_MS);
    return days === 1 ? "1 day ago" : `${days} days ago`;
  }
  return formatUtcDate(moment);
}

/**
 * A moment as "5 min ago", with the exact UTC time in its tooltip. The server
 * and the first client render show the date, because the server's clock and
 * the browser's differ and React would report a hydration mismatch.
 */
export function RelativeTime({ value, className }: { value: string; className?: string }) {
  const reference = useSyncExternalStore(
    subscribe,
    () => now,
    () => null,
  );
  const moment = new Date(value);

  return (
    <time dateTime={value} title={formatUtcDateTime(moment)} className={className}>
      {reference === null ? formatUtcDate(moment) : describeTimeAgo(moment, reference)}
    </time>
  );
}
