"use client";

import { useActionState, useId, useState } from "react";
import { useFormContext, useFormState } from "react-hook-form";

import { updateService } from "@/app/services/[name]/[id]/edit/actions";
import {
  IDLE,
  type UpdateServiceState,
} from "@/app/services/[name]/[id]/edit/update-service-state";
import { useRoleRefusal } from "@/components/shell/viewer-context";
import { Button } from "@/components/ui/button";
import type { WizardValues } from "@/lib/apprunner/form/wizard-values";

import { flattenErrors, SERVER_ERROR } from "./field-errors";
import { SubmitProblems } from "./submit-problems";
import { useWizard } from "./wizard-context";
import { useWizardMode } from "./wizard-mode";
import type { WizardPath } from "./wizard-path";

/**
 * Sends the edit to the server action with the base it is a change of. A base that moved
 * (someone changed the service meanwhile) comes back as "stale": the form is carried over to the
 * new base and the person reviews the diff again; nothing was sent.
 */
export function UpdateServiceForm({
  values,
  changes,
  retry,
}: {
  values: WizardValues;
  changes: number;
  /** The service failed to create: applying retries its deployment, changes or not. */
  retry: boolean;
}) {
  const mode = useWizardMode();
  const { submissionToken, setSubmitting, edit, rebaseEdit } = useWizard();
  const { setError } = useFormContext<WizardValues>();
  const errors = flattenErrors(useFormState<WizardValues>().errors);
  const problems = errors.filter((e) => e.type !== SERVER_ERROR);
  const [attempt, setAttempt] = useState(0);
  const roleRefusal = useRoleRefusal("updateService");
  const reasonId = useId();
  const [state, formAction, pending] = useActionState(
    async (previous: UpdateServiceState, formData: FormData) => {
      setSubmitting(true);
      const next = await updateService(previous, formData);
      setSubmitting(false);
      if (next.status === "error") {
        for (const issue of next.fieldErrors)
          setError(issue.path as WizardPath, { type: SERVER_ERROR, message: issue.message });
        setAttempt((n) => n + 1);
      }
      if (next.status === "stale") rebaseEdit(next.base, next.baseUpdatedAt);
      return next;
    },
    IDLE,
  );
  if (mode.kind !== "edit" || !edit) return null;

  const nothing = changes === 0 && !retry;
  const blocked = pending || nothing || Boolean(roleRefusal);
  const shown = problems.length ? problems : errors;
  const serverMessage = state.status === "error" && !problems.length ? state.message : undefined;

  return (
    <form
      action={formAction}
      className="space-y-4"
      onSubmit={(event) => {
        if (roleRefusal) event.preventDefault();
        else if (problems.length) {
          event.preventDefault();
          setAttempt((n) => n + 1);
        }
      }}
    >
      {state.status === "stale" && (
        <div
          role="alert"
          className="rounded-md border-2 border-amber-600 bg-amber-50 p-4 text-sm text-amber-950 dark:border-amber-500 dark:bg-amber-950 dark:text-amber-50"
        >
          <p className="font-semibold">Nothing was changed: the service was updated elsewhere.</p>
          <p>
            The changes above are now against its current configuration. Check them, then apply
            again.
          </p>
        </div>
      )}
      <SubmitProblems
        problems={shown}
        serverMessage={serverMessage}
        attempt={attempt}
        basePath={mode.basePath}
        refusedTitle="The service was not updated"
        notDone="The service was not updated."
      />
      <input type="hidden" name="values" value={JSON.stringify(values)} />
      <input type="hidden" name="token" value={submissionToken} />
      <input type="hidden" name="arn" value={mode.target.serviceArn} />
      <input type="hidden" name="baseUpdatedAt" value={edit.meta.baseUpdatedAt} />
      <Button
        type="submit"
        disabled={blocked}
        aria-disabled={blocked}
        aria-describedby={roleRefusal ? reasonId : undefined}
      >
        {pending
          ? "Applying changes…"
          : state.status === "error" && state.retry
            ? "Try again"
            : retry
              ? changes === 0
                ? "Retry the deployment"
                : `Apply ${changes === 1 ? "1 change" : `${changes} changes`} and retry`
              : changes === 0
                ? "No changes to apply"
                : changes === 1
                  ? "Apply 1 change"
                  : `Apply ${changes} changes`}
      </Button>
      {roleRefusal && (
        <p id={reasonId} className="text-xs text-zinc-700 dark:text-zinc-300">
          {roleRefusal}
        </p>
      )}
    </form>
  );
}
