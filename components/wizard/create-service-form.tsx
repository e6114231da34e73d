"use client";

import { useActionState, useEffect, useId, useRef, useState } from "react";
import { useFormContext, useFormState } from "react-hook-form";

import { createService } from "@/app/services/new/actions";
import { IDLE, type CreateServiceState } from "@/app/services/new/create-service-state";
import { useRoleRefusal } from "@/components/shell/viewer-context";
import { Button } from "@/components/ui/button";
import { CREATE_BASE_PATH } from "@/lib/apprunner/form/steps";
import type { WizardValues } from "@/lib/apprunner/form/wizard-values";

import { flattenErrors, SERVER_ERROR } from "./field-errors";
import { SubmitProblems } from "./submit-problems";
import { useWizard } from "./wizard-context";
import type { WizardPath } from "./wizard-path";

/** While a create's outcome is unknown, how long before the form asks the server again. */
const CHECK_AGAIN_MS = 5_000;

/**
 * Sends the whole form to the server action. The button is disabled while the action runs,
 * and the server joins repeated submissions of the same draft token, so one service at most.
 */
export function CreateServiceForm({ values }: { values: WizardValues }) {
  const { submissionToken, setSubmitting } = useWizard();
  const { setError } = useFormContext<WizardValues>();
  const errors = flattenErrors(useFormState<WizardValues>().errors);
  /** What the browser already knows is wrong; the server checks again regardless. */
  const problems = errors.filter((e) => e.type !== SERVER_ERROR);
  const [attempt, setAttempt] = useState(0);
  const roleRefusal = useRoleRefusal("createService");
  const reasonId = useId();
  const [state, formAction, pending] = useActionState(
    async (previous: CreateServiceState, formData: FormData) => {
      setSubmitting(true);
      const next = await createService(previous, formData);
      setSubmitting(false);
      // Keep the server's field problems on their fields when the person goes back to edit.
      if (next.status === "error") {
        for (const issue of next.fieldErrors)
          setError(issue.path as WizardPath, { type: SERVER_ERROR, message: issue.message });
        setAttempt((n) => n + 1);
      }
      return next;
    },
    IDLE,
  );

  // The server is still finding out whether the create happened: ask again with the same
  // token (which never sends a second create while the first may have arrived).
  const formRef = useRef<HTMLFormElement>(null);
  const checking = state.status === "checking";
  useEffect(() => {
    if (!checking || pending) return;
    const timer = setTimeout(() => formRef.current?.requestSubmit(), CHECK_AGAIN_MS);
    return () => clearTimeout(timer);
  }, [state, checking, pending]);

  const shown = problems.length ? problems : errors;
  const serverMessage = state.status === "error" && !problems.length ? state.message : undefined;

  return (
    <form
      ref={formRef}
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
      <SubmitProblems
        problems={shown}
        serverMessage={serverMessage}
        attempt={attempt}
        basePath={CREATE_BASE_PATH}
        refusedTitle="App Runner refused the request"
        notDone="The service was not created."
      />
      {/* Always in the page, so screen readers announce the message when it appears. */}
      <div role="status">
        {checking && (
          <div className="rounded-md border-2 border-amber-700 bg-amber-50 p-4 text-sm text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100">
            <p className="font-semibold">Checking whether the service was created…</p>
            <p>{state.message}</p>
          </div>
        )}
      </div>
      <input type="hidden" name="values" value={JSON.stringify(values)} />
      <input type="hidden" name="token" value={submissionToken} />
      <div className="flex flex-col items-start gap-1">
        <Button
          type="submit"
          disabled={pending || Boolean(roleRefusal)}
          aria-disabled={pending || Boolean(roleRefusal)}
          aria-describedby={roleRefusal ? reasonId : undefined}
        >
          {pending
            ? checking
              ? "Checking…"
              : "Creating service…"
            : checking
              ? "Check now"
              : state.status === "error" && state.retry
                ? "Try again"
                : "Create service"}
        </Button>
        {roleRefusal && (
          <span id={reasonId} className="text-xs text-zinc-700 dark:text-zinc-300">
            {roleRefusal} The request above can still be copied or downloaded.
          </span>
        )}
      </div>
    </form>
  );
}
