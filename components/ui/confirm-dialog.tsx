"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";

import { Button } from "./button";
import { Input } from "./input";

type ConfirmDialogProps = {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** The answer that changes nothing; "Cancel" unless the question names its two sides. */
  cancelLabel?: string;
  /** When set, the person must type exactly this (e.g. the service's name) to confirm. */
  confirmText?: string;
  pending?: boolean;
  /** A message from a failed attempt, shown inside the dialog. */
  error?: string | undefined;
  onConfirm: () => void;
  onClose: () => void;
};

/**
 * A modal confirmation on the native `<dialog>`: focus moves in and is trapped, Escape closes,
 * focus returns to the button that opened it.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel = "Cancel",
  confirmText,
  pending = false,
  error,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const [typed, setTyped] = useState("");
  const id = useId();

  /** What had focus before opening; not every browser gives it back when a dialog closes. */
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setTyped("");
      opener.current = document.activeElement;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
      if (opener.current instanceof HTMLElement && opener.current.isConnected)
        opener.current.focus();
    }
  }, [open]);

  const matches = confirmText === undefined || typed === confirmText;
  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(e) => {
        e.preventDefault();
        if (!pending) onClose();
      }}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-zinc-300 bg-white p-5 text-zinc-900 shadow-xl backdrop:bg-black/50 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
    >
      <form
        method="dialog"
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          if (matches && !pending) onConfirm();
        }}
      >
        {/* A name in the title (a domain, an ARN) may be one long word: it wraps, not overflows. */}
        <h2 id={`${id}-title`} className="text-lg font-semibold [overflow-wrap:anywhere]">
          {title}
        </h2>
        <div id={`${id}-body`} className="space-y-2 text-sm">
          {children}
        </div>
        {confirmText !== undefined && (
          <div className="space-y-1">
            <label htmlFor={`${id}-confirm`} className="block text-sm font-medium">
              Type <span className="font-mono font-semibold">{confirmText}</span> to confirm
            </label>
            <Input
              id={`${id}-confirm`}
              value={typed}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => setTyped(e.target.value)}
            />
          </div>
        )}
        {error && (
          <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
            {error}
          </p>
        )}
        <div className="flex flex-wrap justify-end gap-2">
          <Button variant="secondary" onClick={onClose} disabled={pending}>
            {cancelLabel}
          </Button>
          <Button type="submit" variant="danger" disabled={!matches || pending}>
            {pending ? "Working…" : confirmLabel}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
