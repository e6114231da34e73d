import "server-only";

import {
  badRequestResponse,
  failureResponse,
  type ErrorBody,
} from "@/lib/apprunner/api/failure-response";
import { resolveServiceArn } from "@/lib/apprunner/api/resolve-service-arn";

import { parseServiceArn } from "./service-arn";

export type ServiceArnCheck = { ok: true; arn: string } | { ok: false; response: Response };

/** The answer for a service this dashboard can't have: one of another account or region. */
export function notFoundResponse(message: string): Response {
  const body: ErrorBody = { kind: "not-found", message };
  return Response.json(body, { status: 404, headers: { "Cache-Control": "no-store" } });
}

/**
 * A service route's `?arn=`, checked before anything is read: a service ARN (else 400 with
 * `usage`) of the account, region and partition the dashboard works in (else 404). Log groups
 * are named by the service's name and id alone, so without this an ARN of another account
 * would read this account's logs of a service with the same name and id.
 */
export async function ownServiceArn(raw: string, usage: string): Promise<ServiceArnCheck> {
  const parts = parseServiceArn(raw);
  if (!parts) return { ok: false, response: badRequestResponse(usage) };
  try {
    // The dashboard's own ARN for this name and id: equal only when the prefix is ours.
    if ((await resolveServiceArn(parts.name, parts.id)) === raw) return { ok: true, arn: raw };
  } catch (error) {
    return { ok: false, response: failureResponse(error) };
  }
  return {
    ok: false,
    response: notFoundResponse(
      "There is no such service in the account and region this dashboard works in.",
    ),
  };
}
