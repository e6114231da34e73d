import { hkdfSync } from "node:crypto";

import { EncryptJWT, errors, jwtDecrypt, type JWTPayload } from "jose";

/**
 * Values Runnerdeck hands the browser to keep (the session, a sign-in in progress): encrypted
 * and authenticated (JWE, dir + A256GCM) with a key derived from SESSION_SECRET, one key per
 * purpose, so the browser can neither read nor change them and one can't stand in for another.
 */
export type Purpose = "session" | "sign-in";

const keys = new Map<string, Uint8Array>();

function keyFor(secret: string, purpose: Purpose): Uint8Array {
  const id = `${purpose}\0${secret}`;
  let key = keys.get(id);
  if (!key) {
    key = new Uint8Array(hkdfSync("sha256", secret, "runnerdeck", `runnerdeck ${purpose}`, 32));
    keys.set(id, key);
  }
  return key;
}

export async function seal(
  payload: JWTPayload,
  secret: string,
  purpose: Purpose,
  expiresAt: number,
): Promise<string> {
  return new EncryptJWT(payload)
    .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
    .setAudience(`runnerdeck:${purpose}`)
    .setIssuedAt()
    .setExpirationTime(expiresAt)
    .encrypt(keyFor(secret, purpose));
}

export type Opened =
  { ok: true; payload: JWTPayload } | { ok: false; reason: "expired" | "invalid" };

/** The sealed payload; "expired" after its time, "invalid" for anything not sealed by us for this. */
export async function open(
  value: string,
  secret: string,
  purpose: Purpose,
  now: Date = new Date(),
): Promise<Opened> {
  try {
    const { payload } = await jwtDecrypt(value, keyFor(secret, purpose), {
      audience: `runnerdeck:${purpose}`,
      currentDate: now,
      keyManagementAlgorithms: ["dir"],
      contentEncryptionAlgorithms: ["A256GCM"],
    });
    return { ok: true, payload };
  } catch (error) {
    if (error instanceof errors.JWTExpired) return { ok: false, reason: "expired" };
    return { ok: false, reason: "invalid" };
  }
}
