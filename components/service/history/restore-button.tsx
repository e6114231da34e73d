"use client";

import { Info, Undo2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";

import { useRoleRefusal } from "@/components/shell/viewer-context";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { editDraftKey, writeDraft, type EditDraftMeta } from "@/lib/apprunner/form/draft-storage";
import { editBasePath, stepPath } from "@/lib/apprunner/form/steps";
import type { WizardValues } from "@/lib/apprunner/form/wizard-values";

import { RESTORE_ROLE_REFUSAL_ID } from "./restore-role-note";

type RestoreButtonProps = {
  arn: string;
  serviceName: string;
  serviceId: string;
  /** The revision's configuration, tags included. */
  values: WizardValues;
  /** The service's UpdatedAt now: the edit's diff is against the service as it is. */
  baseUpdatedAt: string;
  restoredFrom: NonNullable<EditDraftMeta["restoredFrom"]>;
  /** Why restoring is not possible now, shown beside the button. */
  reason?: string;
  /** The id of a reason shown once for every revision (the service's status forbids updates). */
  sharedReasonId?: string;
  /** Why the code may differ from what ran then (an image tag, a branch). */
  movingNote?: string;
};

function hasDraft(key: string): boolean {
  try {
    return localStorage.getItem(key) !== null;
  } catch {
    return false;
  }
}

/**
 * "Restore this configuration": puts the revision into the service's edit draft and opens the
 * edit's review, which shows the diff back to it. Nothing is sent until the person updates
 * from there. An edit already in progress is replaced only when the person says so.
 */
export function RestoreButton({
  arn,
  serviceName,
  serviceId,
  values,
  baseUpdatedAt,
  restoredFrom,
  reason,
  sharedReasonId,
  movingNote,
}: RestoreButtonProps) {
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const [failed, setFailed] = useState(false);
  const reasonId = useId();
  const noteId = useId();
  const key = editDraftKey(arn);
  // Said once above the revisions (RestoreRoleNote); the button points at it.
  const roleRefusal = useRoleRefusal("updateService");

  const restore = () => {
    const saved = writeDraft(values, "review", localStorage, key, { baseUpdatedAt, restoredFrom });
    setAsking(false);
    if (!saved) {
      setFailed(true);
      return;
    }
    router.push(stepPath(editBasePath(serviceName, serviceId), "review"));
  };

  const describedBy = [
    roleRefusal ? RESTORE_ROLE_REFUSAL_ID : undefined,
    sharedReasonId,
    reason ? reasonId : undefined,
    movingNote ? noteId : undefined,
  ]
    .filter(Boolean)
    .join(" ");
  return (
    <div className="flex max-w-prose flex-col gap-1">
      <Button
        variant="secondary"
        className="self-start"
        disabled={Boolean(roleRefusal || reason || sharedReasonId)}
        aria-describedby={describedBy || undefined}
        onClick={() => (hasDraft(key) ? setAsking(true) : restore())}
      >
        <Undo2 aria-hidden className="size-4" />
        Restore this configuration
      </Button>
      {reason && (
        <span id={reasonId} className="text-xs text-zinc-700 dark:text-zinc-300">
          {reason}
        </span>
      )}
      {movingNote && (
        <span
          id={noteId}
          className="flex items-start gap-1 text-xs text-zinc-700 dark:text-zinc-300"
        >
          <Info aria-hidden="true" className="mt-px size-3.5 shrink-0" />
          {movingNote}
        </span>
      )}
      {failed && (
        <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
          This browser did not let the dashboard keep the configuration (storage is full or turned
          off), so the edit can&apos;t open with it.
        </p>
      )}
      <ConfirmDialog
        open={asking}
        title="Replace the edit in progress?"
        confirmLabel="Replace with this revision"
        cancelLabel="Keep my edit"
        onConfirm={restore}
        onClose={() => setAsking(false)}
      >
        <p>
          {serviceName} has unsaved changes in its edit form. Restoring this configuration replaces
          them.
        </p>
      </ConfirmDialog>
    </div>
  );
}
