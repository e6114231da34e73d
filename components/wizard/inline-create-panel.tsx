"use client";

import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from "react";

import { useRoleRefusal } from "@/components/shell/viewer-context";
import { Button, buttonClasses } from "@/components/ui/button";

/**
 * A picker's "Create …" button that opens a small panel of fields with Create and Cancel, so a
 * missing resource can be made without leaving the step. The picker owns the fields and the
 * request; this owns the frame they share.
 */
export function InlineCreatePanel({
  open,
  onOpenChange,
  openLabel,
  title,
  error,
  pending,
  onCreate,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  openLabel: string;
  title: string;
  /** A failure that belongs to no single field in the panel. */
  error?: string | undefined;
  pending: boolean;
  onCreate: () => void;
  children: ReactNode;
}) {
  const ids = useId();
  const panel = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);
  // The account's resources are the admins' to make; others pick from what exists.
  const roleRefusal = useRoleRefusal("manageResources");
  // Opening moves focus to the first field; closing (Cancel, or created) back to the opener,
  // so a keyboard user is never dropped at the top of the page.
  useEffect(() => {
    if (open === wasOpen.current) return;
    wasOpen.current = open;
    if (open) panel.current?.querySelector<HTMLElement>("input, select")?.focus();
    else opener.current?.focus();
  }, [open]);
  if (roleRefusal)
    return (
      <span className="flex flex-col items-start gap-1">
        <button
          type="button"
          className={buttonClasses("secondary")}
          disabled
          aria-describedby={`${ids}-reason`}
        >
          {openLabel}
        </button>
        <span id={`${ids}-reason`} className="text-xs text-zinc-700 dark:text-zinc-300">
          {roleRefusal}
        </span>
      </span>
    );
  if (!open)
    return (
      <button
        ref={opener}
        type="button"
        className={buttonClasses("secondary")}
        onClick={() => onOpenChange(true)}
      >
        {openLabel}
      </button>
    );
  return (
    <div
      ref={panel}
      role="group"
      aria-labelledby={`${ids}-title`}
      className="space-y-3 rounded-md border border-zinc-300 p-3 dark:border-zinc-700"
    >
      <h2 id={`${ids}-title`} className="text-sm font-semibold">
        {title}
      </h2>
      {error && (
        <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      <div className="grid gap-3 sm:grid-cols-2">{children}</div>
      <div className="flex gap-2">
        <Button onClick={onCreate} disabled={pending}>
          {pending ? "Creating…" : "Create"}
        </Button>
        <Button variant="ghost" onClick={() => onOpenChange(false)}>
          Cancel
        </Button>
      </div>
    </div>
  );
}

/** Enter in a panel field would submit the step; there it means "create". */
export function createOnEnter(onCreate: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    onCreate();
  };
}
