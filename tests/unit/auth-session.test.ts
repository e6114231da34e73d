import { EncryptJWT } from "jose";
import { describe, expect, it } from "vitest";

import { openSession, sealSession, sessionCookie } from "@/lib/auth/session";
import { seal } from "@/lib/auth/sealed-value";

const SECRET = "a-session-secret-of-at-least-32-chars!";
const ALICE = {
  id: "user-1",
  name: "alice@example.com",
  email: "alice@example.com",
  roles: ["operator" as const],
};

describe("the session cookie", () => {
  it("gives back who signed in, until it expires", async () => {
    const now = Date.parse("2030-01-01T00:00:00Z");
    const value = await sealSession(ALICE, SECRET, 3600, now);
    const opened = await openSession(value, SECRET, new Date(now + 3599_000));
    expect(opened).toEqual({
      ok: true,
      session: { ...ALICE, exp: now / 1000 + 3600 },
    });
    expect(await openSession(value, SECRET, new Date(now + 3601_000))).toEqual({
      ok: false,
      reason: "expired",
    });
  });

  it("can't be read in the browser: nothing of the person shows in it", async () => {
    const value = await sealSession(ALICE, SECRET, 3600);
    const decoded = value
      .split(".")
      .map((part) => Buffer.from(part, "base64url").toString("latin1"))
      .join(" ");
    expect(decoded).not.toContain("alice");
    expect(decoded).not.toContain("operator");
  });

  it("is refused when changed, garbage, missing, or sealed with another secret", async () => {
    const value = await sealSession(ALICE, SECRET, 3600);
    const parts = value.split(".");
    const tampered = [...parts];
    const body = tampered[3]!;
    tampered[3] = `${body.slice(0, 10)}${body[10] === "A" ? "B" : "A"}${body.slice(11)}`;
    expect(await openSession(tampered.join("."), SECRET)).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await openSession("garbage", SECRET)).toEqual({ ok: false, reason: "invalid" });
    expect(await openSession(undefined, SECRET)).toEqual({ ok: false, reason: "missing" });
    expect(await openSession(value, `${SECRET}-rotated`)).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("can't be stood in for by the sign-in flow's cookie, sealed with the same secret", async () => {
    const flow = await seal(
      { sub: "user-1", name: "x", roles: ["admin"] },
      SECRET,
      "sign-in",
      Math.floor(Date.now() / 1000) + 600,
    );
    expect(await openSession(flow, SECRET)).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses a well-sealed value that isn't a session (an unknown role)", async () => {
    const value = await seal(
      { sub: "user-1", name: "x", roles: ["root"] },
      SECRET,
      "session",
      Math.floor(Date.now() / 1000) + 600,
    );
    expect(await openSession(value, SECRET)).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses an unencrypted token (alg none and friends are not accepted)", async () => {
    const key = new Uint8Array(32);
    const other = await new EncryptJWT({ sub: "x", name: "x", roles: ["admin"] })
      .setProtectedHeader({ alg: "dir", enc: "A128CBC-HS256" })
      .setExpirationTime("1h")
      .encrypt(key);
    expect(await openSession(other, SECRET)).toEqual({ ok: false, reason: "invalid" });
  });

  it("is Secure with a __Host- name when the dashboard is served over https", () => {
    expect(sessionCookie("https://runnerdeck.example.com", 60)).toEqual({
      name: "__Host-runnerdeck-session",
      secure: true,
      maxAge: 60,
    });
    expect(sessionCookie("http://127.0.0.1:3000", 60)).toEqual({
      name: "runnerdeck-session",
      secure: false,
      maxAge: 60,
    });
  });
});
