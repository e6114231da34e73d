import "server-only";

import { toAppRunnerFailure, type AppRunnerFailureKind } from "@/lib/apprunner/errors";

import { FAILURE_ANSWERS } from "./failure-answers";

/**
 * The body of every error answer of the dashboard's routes: a sentence for a person, what kind
 * of failure it is, and the request member at fault when known. Never a stack trace, `$metadata`
 * or an SDK message's internals.
 */
export type ErrorBody = { kind: AppRunnerFailureKind; message: string; field?: string };

/** A failed App Runner or CloudWatch Logs call as a route's answer (status per FAILURE_ANSWERS). */
export function failureResponse(error: unknown): Response {
  const { kind, message, field } = toAppRunnerFailure(error);
  const { status, retryAfterSeconds } = FAILURE_ANSWERS[kind];
  const body: ErrorBody = field ? { kind, message, field } : { kind, message };
  const headers: HeadersInit = retryAfterSeconds
    ? { "Retry-After": String(retryAfterSeconds) }
    : {};
  return Response.json(body, { status, headers });
}

/** The route's own check of what the browser sent failed; nothing was sent to AWS. */
export function badRequestResponse(message: string, field?: string): Response {
  const body: ErrorBody = field
    ? { kind: "invalid-request", message, field }
    : { kind: "invalid-request", message };
  return Response.json(body, { status: 400 });
}
