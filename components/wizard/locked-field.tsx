"use client";

import { Lock } from "lucide-react";
import type { ReactNode } from "react";

import { editLockReason } from "@/lib/apprunner/form/edit-locks";

import { fieldId } from "./field-id";
import { useWizardMode } from "./wizard-mode";
import type { WizardPath } from "./wizard-path";

/** Why an edit can't change this field, or undefined (always undefined when creating). */
export function useEditLock(path: WizardPath): string | undefined {
  return useWizardMode().kind === "edit" ? editLockReason(path) : undefined;
}

/**
 * A field an edit can't change, shown as its value with the reason instead of a control, so
 * nobody types into something App Runner will refuse.
 */
export function LockedField({
  path,
  label,
  value,
  reason,
}: {
  path: WizardPath;
  label: ReactNode;
  value: ReactNode;
  reason: string;
}) {
  const reasonId = `${fieldId(path)}-locked`;
  return (
    <div
      id={fieldId(path)}
      role="group"
      aria-labelledby={`${fieldId(path)}-label`}
      aria-describedby={reasonId}
      className="space-y-1"
    >
      <p id={`${fieldId(path)}-label`} className="text-sm font-medium">
        {label}
      </p>
      <p className="text-sm break-all">{value}</p>
      <p
        id={reasonId}
        className="flex items-start gap-1.5 text-xs text-zinc-700 dark:text-zinc-300"
      >
        <Lock aria-hidden className="mt-0.5 size-3.5 shrink-0" />
        <span>
          <span className="font-medium">Can&apos;t be changed.</span> {reason}
        </span>
      </p>
    </div>
  );
}
