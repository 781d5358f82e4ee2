"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import { FormAlert } from "@/components/organizations/form-alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

type ConfirmedActionButtonProps = {
  /** Runs the server action; a failure's message is shown in the dialog. */
  run: () => Promise<{ ok: true } | { ok: false; message: string }>;
  title: string;
  description: string;
  confirmLabel: string;
  triggerLabel: string;
  /** The trigger's accessible name, naming the thing acted on. */
  triggerAriaLabel: string;
};

/** A small button that asks for confirmation, runs a server action, then refreshes the page. */
export function ConfirmedActionButton({
  run,
  title,
  description,
  confirmLabel,
  triggerLabel,
  triggerAriaLabel,
}: ConfirmedActionButtonProps) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function confirm() {
    setError(null);
    startTransition(async () => {
      const result = await run();
      if (!result.ok) {
        setError(result.message);
        return;
      }
      setOpen(false);
      router.refresh();
    });
  }

  return (
    <ConfirmDialog
      title={title}
      description={description}
      confirmLabel={confirmLabel}
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setError(null);
      }}
      onConfirm={confirm}
      pending={pending}
      trigger={
        <Button type="button" variant="ghost" size="sm" aria-label={triggerAriaLabel}>
          {triggerLabel}
        </Button>
      }
    >
      <FormAlert message={error} />
    </ConfirmDialog>
  );
}
