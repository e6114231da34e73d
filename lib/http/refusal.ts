import type { ErrorBody } from "@/lib/apprunner/api/failure-response";

/**
 * An answer the dashboard gives before a request reaches any route: the `{ kind, message }` JSON
 * of the routes' other errors, never cached.
 */
export function refusal(status: number, kind: ErrorBody["kind"], message: string): Response {
  const body: ErrorBody = { kind, message };
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}
