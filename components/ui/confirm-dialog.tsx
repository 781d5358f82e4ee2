"use client";

import type { ReactElement, ReactNode } from "react";

import { Button } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";

export type ConfirmDialogProps = {
  /** Names the thing and the action, such as "Delete the OpenAI integration?". */
  title: ReactNode;
  /** Says what will happen and whether it can be undone. */
  description: ReactNode;
  /** The confirm button's text, a verb such as "Delete integration". */
  confirmLabel: string;
  cancelLabel?: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Runs the action. The caller closes the dialog (through `onOpenChange`) when it succeeds. */
  onConfirm: () => void;
  /** True while the action runs: the confirm button shows a spinner, and the dialog cannot be closed. */
  pending?: boolean;
  /** An element that opens the dialog, such as a danger `<Button>`. */
  trigger?: ReactElement;
  /** Extra content between the description and the buttons, such as an error message. */
  children?: ReactNode;
  /** See Dialog's `onCloseAutoFocus`. */
  onCloseAutoFocus?: (event: Event) => void;
};

/**
 * Asks before a destructive action. Focus starts on Cancel, so pressing Enter
 * right away does not confirm.
 */
export function ConfirmDialog({
  title,
  description,
  confirmLabel,
  cancelLabel = "Cancel",
  open,
  onOpenChange,
  onConfirm,
  pending = false,
  trigger,
  children,
  onCloseAutoFocus,
}: ConfirmDialogProps) {
  function closeUnlessPending(nextOpen: boolean) {
    // Closing mid-request would hide whether the action succeeded.
    if (pending && !nextOpen) return;
    onOpenChange(nextOpen);
  }

  return (
    <Dialog
      role="alertdialog"
      title={title}
      description={description}
      trigger={trigger}
      open={open}
      onOpenChange={closeUnlessPending}
      showCloseButton={false}
      onCloseAutoFocus={onCloseAutoFocus}
      footer={
        <>
          <DialogClose>
            <Button type="button" variant="secondary" disabled={pending}>
              {cancelLabel}
            </Button>
          </DialogClose>
          <Button type="button" variant="danger" loading={pending} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
