"use client";

import { Info } from "lucide-react";

import { useRoleRefusal } from "@/components/shell/viewer-context";

/** The id every Restore button points at when the person's role can't edit the service. */
export const RESTORE_ROLE_REFUSAL_ID = "restore-role-refusal";

/** Said once above the revisions, rather than under each Restore button. */
export function RestoreRoleNote() {
  const refusal = useRoleRefusal("updateService");
  if (!refusal) return null;
  return (
    <p id={RESTORE_ROLE_REFUSAL_ID} className="flex items-start gap-1 text-sm">
      <Info aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      Restoring is not possible: {refusal}
    </p>
  );
}
