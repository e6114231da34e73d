"use client";

import { useActionState, useState } from "react";
import { useFormContext, useFormState } from "react-hook-form";

import { createService } from "@/app/services/new/actions";
import { IDLE, type CreateServiceState } from "@/app/services/new/create-service-state";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { CREATE_BASE_PATH, stepForField, stepPath } from "@/lib/apprunner/form/steps";
import type { FieldIssue, WizardValues } from "@/lib/apprunner/form/wizard-values";

import { flattenErrors, SERVER_ERROR } from "./field-errors";
import { fieldId } from "./field-id";
import { useWizard } from "./wizard-context";
import type { WizardPath } from "./wizard-path";

/** Each problem linked to its field, on the step that has it (under the wizard's base path). */
export function toSummary(issues: readonly FieldIssue[], basePath: string) {
  return issues.map((i) => ({
    fieldId: fieldId(i.path),
    message: i.message,
    href: `${stepPath(basePath, stepForField(i.path)?.id ?? "review")}#${fieldId(i.path)}`,
  }));
}

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

  const shown = problems.length ? problems : errors;
  const serverMessage = state.status === "error" && !problems.length ? state.message : undefined;

  return (
    <form
      action={formAction}
      className="space-y-4"
      onSubmit={(event) => {
        if (problems.length) {
          event.preventDefault();
          setAttempt((n) => n + 1);
        }
      }}
    >
      {shown.length > 0 ? (
        <ErrorSummary
          errors={toSummary(shown, CREATE_BASE_PATH)}
          attempt={attempt}
          title={
            serverMessage
              ? `App Runner refused the request: ${shown.length === 1 ? "1 problem" : `${shown.length} problems`}`
              : undefined
          }
        />
      ) : (
        serverMessage && (
          <div
            role="alert"
            className="rounded-md border-2 border-red-700 bg-red-50 p-4 text-sm text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100"
          >
            <p className="font-semibold">The service was not created.</p>
            <p>{serverMessage}</p>
          </div>
        )
      )}
      <input type="hidden" name="values" value={JSON.stringify(values)} />
      <input type="hidden" name="token" value={submissionToken} />
      <Button type="submit" disabled={pending} aria-disabled={pending}>
        {pending
          ? "Creating service…"
          : state.status === "error" && state.retry
            ? "Try again"
            : "Create service"}
      </Button>
    </form>
  );
}
