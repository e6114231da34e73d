"use client";

import { History, RefreshCw } from "lucide-react";
import { useWatch } from "react-hook-form";

import { formatExact } from "@/components/ui/format-time";
import { operationTypeLabel } from "@/components/service/operation-labels";
import { movingReferenceNote } from "@/lib/apprunner/form/moving-reference";
import type { WizardValues } from "@/lib/apprunner/form/wizard-values";

import { useWizard } from "./wizard-context";

const NOTE = "flex items-start gap-2 rounded-md border p-3 text-sm";

/**
 * What an edit must say on every step: that it is a rollback to an earlier revision (and that
 * a tag or a branch may have moved since), and that the service changed elsewhere meanwhile.
 */
export function EditNotes() {
  const { edit } = useWizard();
  const values = useWatch() as WizardValues;
  if (!edit) return null;
  const from = edit.meta.restoredFrom;
  const moving = from ? movingReferenceNote(values) : undefined;
  return (
    <>
      {from && (
        <div
          className={`${NOTE} border-sky-300 bg-sky-50 dark:border-sky-800 dark:bg-sky-950`}
          data-testid="restore-note"
        >
          <History aria-hidden className="mt-0.5 size-4 shrink-0" />
          <div className="space-y-1">
            <p>
              Restoring the configuration recorded after the{" "}
              {operationTypeLabel(from.operationType).toLowerCase()} of{" "}
              {formatExact(new Date(from.recordedAt))}. The review shows what changes back.
            </p>
            {moving && (
              <p className="font-medium">
                {moving} Restoring the configuration does not bring back the code that ran then.
              </p>
            )}
          </div>
        </div>
      )}
      {edit.rebased && (
        <div
          role="status"
          className={`${NOTE} border-amber-400 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50`}
        >
          <RefreshCw aria-hidden className="mt-0.5 size-4 shrink-0" />
          <p>
            The service was changed elsewhere since this edit began. Your changes are kept on top of
            its current configuration; check the changes again before applying them.
          </p>
        </div>
      )}
    </>
  );
}
