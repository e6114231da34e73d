import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import { sealSession } from "@/lib/auth/session";

/** The request's headers, as next/headers would hand them to the server code. */
let requestHeaders = new Headers();
vi.mock("next/headers", () => ({ headers: async () => requestHeaders }));

const SECRET = "a-session-secret-of-at-least-32-chars!";
const ENV = {
  AUTH_MODE: "oidc",
  OIDC_ISSUER: "https://login.example.com",
  OIDC_CLIENT_ID: "runnerdeck",
  OIDC_CLIENT_SECRET: "client-secret",
  ROLE_MAPPING: "*=viewer",
  SESSION_SECRET: SECRET,
};
const saved: Record<string, string | undefined> = {};

beforeAll(() => {
  for (const [name, value] of Object.entries(ENV)) {
    saved[name] = process.env[name];
    process.env[name] = value;
  }
});

afterAll(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

beforeEach(() => {
  // getSettings() keeps the first reading: each test reads this file's environment afresh.
  vi.resetModules();
  requestHeaders = new Headers();
});

async function signedInAs(roles: ("viewer" | "operator" | "admin")[]) {
  const value = await sealSession({ id: "u1", name: "sam@example.com", roles }, SECRET, 600);
  requestHeaders = new Headers({ cookie: `other=1; runnerdeck-session=${value}` });
}

describe("the server's view of who is asking (AUTH_MODE=oidc)", () => {
  it("is the person of the request's session", async () => {
    await signedInAs(["operator"]);
    const { currentViewer } = await import("@/lib/auth");
    expect(await currentViewer()).toEqual({
      id: "u1",
      name: "sam@example.com",
      roles: ["operator"],
    });
  });

  it("is nobody without a session, and authorize() answers 401", async () => {
    const { authorize, currentViewer, AuthError } = await import("@/lib/auth");
    expect(await currentViewer()).toBeUndefined();
    const refused = await authorize("pauseService").catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AuthError);
    expect(refused).toMatchObject({ status: 401 });
  });

  it("refuses a viewer a change with the role's sentence (403), and lets an operator", async () => {
    await signedInAs(["viewer"]);
    const { authorizeAction } = await import("@/lib/auth");
    expect(await authorizeAction("pauseService")).toEqual({
      ok: false,
      status: 403,
      message: "Viewers can't pause services.",
    });
    await signedInAs(["operator"]);
    expect(await authorizeAction("pauseService")).toMatchObject({ ok: true });
    expect(await authorizeAction("deleteService")).toEqual({
      ok: false,
      status: 403,
      message: "Operators can't delete services.",
    });
  });
});
