import "server-only";

import type { AppRunnerFailure } from "@/lib/apprunner/errors";

import { FAILURE_ANSWERS } from "./failure-answers";

/** A failed call as a server action answers it: safe to send to the browser as it is. */
export type FailureResult = {
  ok: false;
  message: string;
  /** True when the person can simply try again. */
  retry: boolean;
};

/** The same table as the routes' answers, minus HTTP. */
export function failureResult({ kind, message }: AppRunnerFailure): FailureResult {
  return { ok: false, message, retry: FAILURE_ANSWERS[kind].retry };
}
