import "server-only";

import { toApiError } from "@/lib/apprunner/errors";

/** An SDK error as JSON a browser may see: kind and message only, never SDK internals. */
export function apiErrorResponse(error: unknown): Response {
  const { kind, message } = toApiError(error);
  const status =
    kind === "not-found"
      ? 404
      : kind === "invalid-request"
        ? 400
        : kind === "throttled"
          ? 429
          : 502;
  return Response.json({ kind, message }, { status });
}
