import "server-only";

import { toApiError } from "@/lib/apprunner/errors";

import type { RouteError } from "./picker-items";

/** An SDK failure as a JSON response a picker can show. */
export function routeErrorResponse(error: unknown): Response {
  const apiError = toApiError(error);
  const status =
    apiError.kind === "invalid-request" || apiError.kind === "quota"
      ? 400
      : apiError.kind === "throttled"
        ? 429
        : 502;
  const body: RouteError = { message: apiError.message, field: apiError.field };
  return Response.json(body, { status });
}
