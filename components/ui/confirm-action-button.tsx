"use client";

import type { LucideIcon } from "lucide-react";
import { useId, useState, useTransition, type ReactNode } from "react";

import { Button, type ButtonVariant } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

/** What an action that asks first answers: its refusal is safe to show as it is. */
type ActResult = { ok: true } | { ok: false; message: string };

/**
 * A button that asks before it acts. When the action is not allowed now, the button is disabled
 * and `reason` says why beside it; if the action is refused anyway, the refusal is shown in the
 * dialog, which closes once the action succeeds (then `onDone` runs, still pending).
 */
export function ConfirmActionButton({
  label,
  icon: Icon,
  variant,
  reason,
  title,
  confirmText,
  action,
  onDone,
  children,
}: {
  /** The button's words, and the dialog's confirm button's. */
  label: string;
  icon: LucideIcon;
  variant: ButtonVariant;
  reason: string | undefined;
  title: string;
  /** When set, the person types exactly this to confirm. */
  confirmText?: string;
  action: () => Promise<ActResult>;
  onDone?: () => Promise<unknown>;
  /** What the action does, in the dialog. */
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [pending, startTransition] = useTransition();
  const reasonId = useId();
  return (
    <>
      <div className="flex flex-col items-start gap-1">
        <Button
          variant={variant}
          disabled={Boolean(reason)}
          aria-describedby={reason ? reasonId : undefined}
          onClick={() => {
            setError(undefined);
            setOpen(true);
          }}
        >
          <Icon aria-hidden className="size-4" />
          {label}
        </Button>
        {reason && (
          <span id={reasonId} className="text-xs text-zinc-700 dark:text-zinc-300">
            {reason}
          </span>
        )}
      </div>
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
            const result = await action();
            if (!result.ok) return setError(result.message);
            setOpen(false);
            await onDone?.();
          })
        }
      >
        {children}
      </ConfirmDialog>
    </>
  );
}
