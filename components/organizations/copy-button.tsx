"use client";

import { useState } from "react";

import { Button } from "@/components/ui/button";

type CopyButtonProps = {
  /** The text to copy. */
  value: string;
  /** The id of the input that shows the value, selected when the clipboard is unavailable. */
  inputId: string;
  label?: string;
};

/**
 * Copies a value to the clipboard. Browsers deny the clipboard outside
 * secure contexts (plain HTTP on a non-local host), so on failure the input's
 * text is selected for the user to copy by hand.
 */
export function CopyButton({ value, inputId, label = "Copy" }: CopyButtonProps) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setState("copied");
    } catch {
      const input = document.getElementById(inputId);
      if (input instanceof HTMLInputElement) input.select();
      setState("failed");
    }
  }

  return (
    <>
      <Button type="button" variant="secondary" onClick={copy}>
        {state === "copied" ? "Copied" : label}
      </Button>
      <span role="status" className="sr-only">
        {state === "copied" ? "Copied to the clipboard." : ""}
      </span>
      {state === "failed" ? (
        <p className="basis-full text-[13px] text-amber-800 dark:text-amber-300">
          The browser did not allow copying. The text is selected: press Ctrl+C (⌘C on a Mac).
        </p>
      ) : null}
    </>
  );
}
