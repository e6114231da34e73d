"use client";

import { ErrorSummary } from "@/components/ui/error-summary";
import { CREATE_BASE_PATH, stepForField, stepPath } from "@/lib/apprunner/form/steps";
import type { FieldIssue } from "@/lib/apprunner/form/wizard-values";

import { fieldId } from "./field-id";

/** Each problem linked to its field, on the step that has it (under the wizard's base path). */
export function toSummary(issues: readonly FieldIssue[], basePath: string = CREATE_BASE_PATH) {
  return issues.map((i) => ({
    fieldId: fieldId(i.path),
    message: i.message,
    href: `${stepPath(basePath, stepForField(i.path)?.id ?? "review")}#${fieldId(i.path)}`,
  }));
}

/**
 * What stands between the review and the request: the problems at their fields (the browser's
 * check, or App Runner's refusal placed on fields), or the server's sentence when no field
 * carries it. `notDone` says what did not happen ("The service was not created.").
 */
export function SubmitProblems({
  problems,
  serverMessage,
  attempt,
  basePath,
  refusedTitle,
  notDone,
}: {
  problems: readonly FieldIssue[];
  serverMessage: string | undefined;
  attempt: number;
  basePath: string;
  /** The summary's title when the server refused: "App Runner refused the request". */
  refusedTitle: string;
  notDone: string;
}) {
  if (problems.length > 0)
    return (
      <ErrorSummary
        errors={toSummary(problems, basePath)}
        attempt={attempt}
        title={
          serverMessage
            ? `${refusedTitle}: ${problems.length === 1 ? "1 problem" : `${problems.length} problems`}`
            : undefined
        }
      />
    );
  if (!serverMessage) return null;
  return (
    <div
      role="alert"
      className="rounded-md border-2 border-red-700 bg-red-50 p-4 text-sm text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100"
    >
      <p className="font-semibold">{notDone}</p>
      <p>{serverMessage}</p>
    </div>
  );
}
