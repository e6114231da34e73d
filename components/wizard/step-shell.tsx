"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { useFormState } from "react-hook-form";

import { buttonClasses } from "@/components/ui/button";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { stepAt, stepPath, STEPS } from "@/lib/apprunner/form/steps";
import type { WizardValues } from "@/lib/apprunner/form/wizard-values";

import { DraftStatus } from "./draft-status";
import { flattenErrors } from "./field-errors";
import { fieldId } from "./field-id";
import { StepProgress } from "./step-progress";
import { EditNotes } from "./edit-notes";
import { useWizard } from "./wizard-context";
import { useWizardMode } from "./wizard-mode";

/**
 * The frame every step shares (dub's StepPage): progress, heading, error summary, and
 * Back/Next. "Next" validates the step first; the review step brings its own submit form and
 * its Back.
 */
export function StepShell({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  const router = useRouter();
  const { attempt, checkStep } = useWizard();
  const { errors } = useFormState<WizardValues>();
  const mode = useWizardMode();
  const step = stepAt(mode.basePath, pathname);
  if (!step) return <>{children}</>;
  const index = STEPS.indexOf(step);
  const editing = mode.kind === "edit" ? mode.target : undefined;
  const leaveHref = editing ? mode.basePath.slice(0, -"/edit".length) : mode.basePath;
  const previous = STEPS[index - 1];
  const next = STEPS[index + 1];
  // This step's fields only; the review step lists every problem with its own form.
  const summary = flattenErrors(errors)
    .filter((e) => next && e.path.split(".")[0] === step.section)
    .map((e) => ({ fieldId: fieldId(e.path), message: e.message }));

  const body = (
    <>
      <ErrorSummary errors={summary} attempt={attempt} />
      {children}
    </>
  );

  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <StepProgress current={step.id} />
        <h1 className="text-2xl font-semibold">
          {editing ? (
            <span className="block text-base font-normal text-zinc-700 dark:text-zinc-300">
              {`Edit ${editing.serviceName}`}
              <span className="sr-only">{`, step ${index + 1} of ${STEPS.length}: `}</span>
            </span>
          ) : (
            <span className="sr-only">
              Create service, step {index + 1} of {STEPS.length}:{" "}
            </span>
          )}
          {step.title}
        </h1>
        <DraftStatus leaveHref={leaveHref} />
        <EditNotes />
      </div>
      {next ? (
        <form
          noValidate
          className="space-y-6"
          onSubmit={(event) => {
            event.preventDefault();
            void checkStep().then((ok) => {
              if (ok) router.push(stepPath(mode.basePath, next.id));
            });
          }}
        >
          {body}
          <div className="flex flex-wrap gap-3 border-t border-zinc-200 pt-4 dark:border-zinc-800">
            {previous ? (
              <Link
                href={stepPath(mode.basePath, previous.id)}
                className={buttonClasses("secondary")}
              >
                Back
              </Link>
            ) : (
              <Link href={leaveHref} className={buttonClasses("secondary")}>
                {editing ? "Back to the service" : "Start over"}
              </Link>
            )}
            <Button type="submit">Next: {next.title}</Button>
          </div>
        </form>
      ) : (
        // The review step puts its Back beside its own submit, before it as on every step.
        <div className="space-y-6">{body}</div>
      )}
    </div>
  );
}
