import "server-only";

import type { AppRunnerFailureKind } from "@/lib/apprunner/errors";

export type FailureAnswer = {
  /** The HTTP status the dashboard's routes answer with. */
  status: number;
  /** True when the same request may well succeed if it is simply sent again a little later. */
  retry: boolean;
  /** Seconds a client should wait before asking again (sent as `Retry-After`). */
  retryAfterSeconds?: number;
};

/**
 * How every route and server action answers a failed App Runner or CloudWatch Logs call: one
 * row per kind of failure. The dashboard is a gateway in front of AWS, so failures on AWS's side
 * of it are 5xx (gateway) statuses, and refusals of what the browser asked for are 4xx.
 */
export const FAILURE_ANSWERS: Record<AppRunnerFailureKind, FailureAnswer> = {
  // The request the browser's input made is not valid; sending it again will not change that.
  "invalid-request": { status: 400, retry: false },
  // The resource asked about does not exist (or no longer does): the browser asked for nothing.
  "not-found": { status: 404, retry: false },
  // Valid, but the service's current state refuses it (e.g. deploying a paused service);
  // it conflicts with the state, and can succeed once the state changes.
  "invalid-state": { status: 409, retry: false },
  // Valid, but the account is at a quota; it conflicts with what exists until something is
  // deleted. Not 429: no rate is involved, and waiting alone will not help.
  quota: { status: 409, retry: false },
  // The credentials work but lack this permission: retrying will not help, an IAM change will.
  "access-denied": { status: 403, retry: false },
  // AWS is rate-limiting this dashboard; the browser should slow down and ask again. A few
  // seconds is how long the SDK's own retries have already waited by the time this surfaces.
  throttled: { status: 429, retry: true, retryAfterSeconds: 5 },
  // App Runner itself failed: a bad answer from the upstream of this gateway.
  server: { status: 502, retry: true },
  // App Runner could not be reached at all: no answer from the upstream, so also a bad gateway.
  unreachable: { status: 502, retry: true },
  // The request went out and no answer came back in time: the upstream timed out.
  "no-answer": { status: 504, retry: true },
  // AWS refused the dashboard's own credentials: its configuration, not the browser's request,
  // is at fault, and the browser can do nothing about it.
  credentials: { status: 502, retry: false },
  // Not recognised: most likely something between the dashboard and App Runner answered oddly.
  unknown: { status: 502, retry: true },
};
