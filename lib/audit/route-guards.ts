import "server-only";

import type { ErrorBody } from "@/lib/apprunner/api/failure-response";
import { currentViewer, type Action, type Viewer } from "@/lib/auth";

import { authorizeAudited, type AuditTarget } from "./authorize-audited";

function refusal(status: 401 | 403, message: string): Response {
  const body: ErrorBody = { kind: "access-denied", message };
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

/** For routes that only read: 401 when nobody is signed in, otherwise nothing to say. */
export async function refuseUnlessSignedIn(): Promise<Response | undefined> {
  if (await currentViewer()) return undefined;
  return refusal(401, "Sign in to see this.");
}

export type AuthorizedRoute =
  | {
      ok: true;
      viewer: Viewer;
      /**
       * Records the route's answer in the audit log (ok for a 2xx, with the `arn` and `name`
       * of what it made; otherwise an error with its message) and returns it unchanged.
       */
      answer(response: Response | Promise<Response>, request: unknown): Promise<Response>;
    }
  | { ok: false; response: Response };

/**
 * The first thing a route that changes something does: a person who may not do `action` gets
 * 401/403 JSON (recorded as refused) before the body is read or anything is sent.
 */
export async function authorizeRoute(
  action: Action,
  target: AuditTarget = {},
): Promise<AuthorizedRoute> {
  const audit = await authorizeAudited(action, target);
  if (!audit.ok) return { ok: false, response: refusal(audit.status, audit.message) };
  return {
    ok: true,
    viewer: audit.viewer,
    async answer(pending, request) {
      const response = await pending;
      const body = (await response
        .clone()
        .json()
        .catch(() => undefined)) as { arn?: unknown; name?: unknown; message?: unknown } | null;
      const text = (value: unknown) => (typeof value === "string" && value ? value : undefined);
      await audit.done(
        response.ok
          ? {
              result: "ok",
              request,
              resourceArn: text(body?.arn),
              resourceName: text(body?.name),
            }
          : {
              result: "error",
              request,
              message: text(body?.message) ?? `The dashboard answered ${response.status}.`,
            },
      );
      return response;
    },
  };
}
