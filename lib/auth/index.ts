import "server-only";

import { headers } from "next/headers";

import { getSettings } from "@/lib/env";

import { identify } from "./identify";
import { LOCAL_VIEWER, refusalFor, type Action, type Viewer } from "./permissions";

export {
  ACTIONS,
  LOCAL_VIEWER,
  refusalFor,
  type Action,
  type Role,
  type Viewer,
} from "./permissions";

/** A request without the right to do what it asks: 401 when nobody is signed in, 403 otherwise. */
export class AuthError extends Error {
  constructor(
    readonly status: 401 | 403,
    message: string,
  ) {
    super(message);
    this.name = "AuthError";
  }
}

/**
 * The person the current request acts for — read from its session cookie (AUTH_MODE=oidc) or
 * the trusted proxy's headers (AUTH_MODE=proxy) through next/headers — or undefined when
 * nobody is signed in. With sign-in off (AUTH_MODE=none, loopback only) it is the one local
 * person, and the request isn't looked at (so it works outside a request too).
 */
export async function currentViewer(): Promise<Viewer | undefined> {
  const settings = getSettings();
  if (settings.auth.mode === "none") return LOCAL_VIEWER;
  const who = await identify(await headers(), settings);
  return who.ok ? who.viewer : undefined;
}

/** The current person, if they may do `action`; otherwise throws AuthError (401 or 403). */
export async function authorize(action: Action): Promise<Viewer> {
  const viewer = await currentViewer();
  if (!viewer) throw new AuthError(401, "Sign in to do this.");
  const refusal = refusalFor(viewer, action);
  if (refusal) throw new AuthError(403, refusal);
  return viewer;
}

/** For server actions, which answer rather than throw: the person, or the sentence to show. */
export async function authorizeAction(
  action: Action,
): Promise<{ ok: true; viewer: Viewer } | { ok: false; status: 401 | 403; message: string }> {
  try {
    return { ok: true, viewer: await authorize(action) };
  } catch (error) {
    if (error instanceof AuthError)
      return { ok: false, status: error.status, message: error.message };
    throw error;
  }
}
