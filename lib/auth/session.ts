import { z } from "zod";

import { ROLES, type Viewer } from "./permissions";
import { open, seal } from "./sealed-value";

/**
 * The signed-in person, kept in the browser as an encrypted cookie: who they are and the roles
 * ROLE_MAPPING gave them at sign-in, until `exp`.
 */
export type Session = Viewer & { exp: number };

const sessionClaims = z.object({
  sub: z.string().min(1),
  name: z.string(),
  email: z.string().optional(),
  roles: z.array(z.enum(ROLES)),
  exp: z.number(),
});

export type SessionCookie = {
  name: string;
  /** Sent only over https: when PUBLIC_URL is https. */
  secure: boolean;
  maxAge: number;
};

/**
 * The cookie's name and attributes. With https the name takes the `__Host-` prefix, which
 * browsers accept only from a secure origin with Path=/ and no Domain, so a neighbour on
 * another sub-domain can't plant one.
 */
export function sessionCookie(publicUrl: string, maxAge: number): SessionCookie {
  const secure = publicUrl.startsWith("https:");
  return { name: secure ? "__Host-runnerdeck-session" : "runnerdeck-session", secure, maxAge };
}

/** `Set-Cookie` attributes shared by the session and sign-in cookies. */
export function cookieAttributes(cookie: { secure: boolean; maxAge: number }) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: cookie.secure,
    path: "/",
    maxAge: cookie.maxAge,
  };
}

export async function sealSession(
  viewer: Viewer,
  secret: string,
  maxAgeSeconds: number,
  now: number = Date.now(),
): Promise<string> {
  const exp = Math.floor(now / 1000) + maxAgeSeconds;
  return seal(
    { sub: viewer.id, name: viewer.name, email: viewer.email, roles: viewer.roles },
    secret,
    "session",
    exp,
  );
}

export type OpenedSession =
  { ok: true; session: Session } | { ok: false; reason: "missing" | "expired" | "invalid" };

export async function openSession(
  value: string | undefined,
  secret: string,
  now: Date = new Date(),
): Promise<OpenedSession> {
  if (!value) return { ok: false, reason: "missing" };
  const opened = await open(value, secret, "session", now);
  if (!opened.ok) return opened;
  const claims = sessionClaims.safeParse(opened.payload);
  if (!claims.success) return { ok: false, reason: "invalid" };
  const { sub, name, email, roles, exp } = claims.data;
  return { ok: true, session: { id: sub, name, ...(email ? { email } : {}), roles, exp } };
}
