"use client";

import { useSyncExternalStore } from "react";

// Nothing ever changes after hydration, so there is nothing to subscribe to.
const subscribeToNothing = () => () => {};

/**
 * Returns false on the server and while the browser hydrates the server's
 * HTML, and true from the render right after. Parts that only matter once the page reacts to
 * input can wait for it, so the server does not render them for nothing.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}
