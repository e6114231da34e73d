"use client";

import { Trash2 } from "lucide-react";
import { useId, useState, useTransition, type ReactNode } from "react";

import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

import type { ResourceActionResult } from "./resource-action-result";

/**
 * Delete, confirmed by typing the resource's name as the service page does. When App Runner
 * would refuse (in use, the default), the button is disabled and `refusal` says why; if it
 * refuses anyway, its reason is shown in the dialog. A success redirects or re-renders the page
 * from the server action.
 */
export function DeleteResourceButton({
  label,
  title,
  confirmText,
  refusal,
  action,
  children,
}: {
  /** The button's words, e.g. "Delete revision 2". */
  label: string;
  title: string;
  confirmText: string;
  refusal: string | undefined;
  action: (confirmText: string) => Promise<ResourceActionResult>;
  /** What deleting does, in the dialog. */
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [pending, startTransition] = useTransition();
  const reasonId = useId();
  return (
    <div className="flex max-w-md flex-col items-start gap-1">
      <Button
        variant="danger"
        disabled={Boolean(refusal)}
        aria-describedby={refusal ? reasonId : undefined}
        onClick={() => {
          setError(undefined);
          setOpen(true);
        }}
      >
        <Trash2 aria-hidden className="size-4" />
        {label}
      </Button>
      {refusal && (
        <span id={reasonId} className="text-xs text-zinc-700 dark:text-zinc-300">
          {refusal}
        </span>
      )}
      <ConfirmDialog
        open={open}
        title={title}
        confirmLabel={label}
        confirmText={confirmText}
        pending={pending}
        error={error}
        onClose={() => setOpen(false)}
        onConfirm={() =>
          startTransition(async () => {
            const result = await action(confirmText);
            if (result.ok) setOpen(false);
            else setError(result.message);
          })
        }
      >
        {children}
      </ConfirmDialog>
    </div>
  );
}
