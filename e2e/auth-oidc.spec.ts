import { DescribeServiceCommand, ListOperationsCommand } from "@aws-sdk/client-apprunner";
import { test as base, expect, type Page } from "@playwright/test";

import { sealSession } from "../lib/auth/session";

import { makeFixture, servicePath, type AppRunnerFixture } from "./fixtures/apprunner";
import { AuthServers } from "./fixtures/auth-servers";
import { expectNoAxeViolations } from "./fixtures/axe";
import {
  signInAtProvider,
  startOidcProvider,
  stayOnLoopback,
  type OidcProvider,
  type TestUser,
} from "./fixtures/oidc-provider";
import { OIDC_CLIENT, ROLE_MAPPING } from "./fixtures/oidc-users";

/**
 * Sign-in against a real OpenID provider (oidc-provider, started here on loopback): the
 * dashboard runs with AUTH_MODE=oidc through its launcher, on ports of its own.
 */
const SESSION_SECRET = "e2e-session-secret-that-is-long-enough";
const servers = new AuthServers(10, 400);
let provider: OidcProvider;

const test = base.extend<{ apprunner: AppRunnerFixture }>({
  apprunner: async ({}, provide, testInfo) => {
    const fixture = makeFixture(servers.emulatorUrl, testInfo);
    await provide(fixture);
    fixture.client.destroy();
  },
  context: async ({ context }, provide) => {
    await stayOnLoopback(context);
    await provide(context);
  },
});

test.use({ baseURL: servers.appUrl });
test.describe.configure({ mode: "serial" });
test.setTimeout(90_000);

test.beforeAll(async () => {
  test.setTimeout(150_000);
  provider = await startOidcProvider(servers.appUrl);
  await servers.startEmulator();
  await servers.startApp({
    AUTH_MODE: "oidc",
    OIDC_ISSUER: provider.issuer,
    OIDC_CLIENT_ID: OIDC_CLIENT.id,
    OIDC_CLIENT_SECRET: OIDC_CLIENT.secret,
    OIDC_SCOPES: "openid email profile groups",
    OIDC_PROVIDER_NAME: "Test IdP",
    ROLE_MAPPING,
    SESSION_SECRET,
    PUBLIC_URL: servers.appUrl,
  });
});

test.afterAll(async () => {
  await servers.stopAll();
  await provider?.stop();
});

/** From any page of the dashboard: through the sign-in page and the provider, back to `path`. */
async function signIn(page: Page, user: TestUser, path = "/services"): Promise<void> {
  await page.goto(path);
  await expect(page).toHaveURL(`/sign-in?returnTo=${encodeURIComponent(path)}`);
  await page.getByRole("link", { name: "Sign in with Test IdP" }).click();
  await signInAtProvider(page, provider.issuer, user);
  await expect(page).toHaveURL(path);
}

async function expectNoSidewaysScroll(page: Page) {
  const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
  expect(width, `${page.url()} is ${width} px wide`).toBeLessThanOrEqual(360);
}

/** A session cookie as the dashboard would have sealed it, signed in `ageSeconds` ago. */
async function sessionCookieOf(ageSeconds: number, maxAge = 3600) {
  const value = await sealSession(
    { id: "olga", name: "olga@example.com", email: "olga@example.com", roles: ["operator"] },
    SESSION_SECRET,
    maxAge,
    Date.now() - ageSeconds * 1000,
  );
  return { name: "runnerdeck-session", value, url: servers.appUrl };
}

test("the sign-in page says why, and is all anyone sees before signing in", async ({
  page,
  request,
}) => {
  await page.goto("/services");
  await expect(page).toHaveURL("/sign-in?returnTo=%2Fservices");
  await expect(
    page.getByRole("heading", { level: 1, name: "Sign in to Runnerdeck" }),
  ).toBeVisible();
  await expect(page.getByText("every change you make says who made it")).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in with Test IdP" })).toBeVisible();
  // Nothing of the console before signing in: no navigation, no connection.
  await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
  await expect(page.getByTestId("connection-badge")).toHaveCount(0);
  await expectNoAxeViolations(page);

  const api = await request.get("/api/services");
  expect(api.status()).toBe(401);
  expect(await api.json()).toMatchObject({ kind: "unauthenticated" });
  const stream = await request.get("/api/services/events?arn=x");
  expect(stream.status()).toBe(401);
});

test("a viewer sees the services but can't pause one, and a forged Pause is refused", async ({
  page,
  browser,
  apprunner,
}) => {
  const service = await apprunner.runningService();

  // The Pause action's real request, taken from an operator's click and stopped on its way.
  const operator = await browser.newContext({ baseURL: servers.appUrl });
  await stayOnLoopback(operator);
  const operatorPage = await operator.newPage();
  await signIn(operatorPage, "olga", servicePath(service));
  const captured = new Promise<{ headers: Record<string, string>; body: string }>((resolve) =>
    operatorPage.route(
      (url) => url.pathname === servicePath(service),
      async (route) => {
        const request = route.request();
        if (request.method() !== "POST" || !request.headers()["next-action"])
          return route.continue();
        resolve({ headers: request.headers(), body: request.postData() ?? "" });
        await route.abort();
      },
    ),
  );
  await operatorPage.getByRole("button", { name: "Pause" }).click();
  const pause = await captured;
  expect(pause.body).toContain(service.ServiceArn!);
  await operator.close();

  await signIn(page, "vic");
  await expect(page.getByRole("link", { name: service.ServiceName! })).toBeVisible();
  await expect(page.getByTestId("signed-in-as")).toContainText("vic@example.com");
  await expect(page.getByTestId("signed-in-as")).toContainText("Viewer");
  await page.getByRole("link", { name: service.ServiceName! }).click();
  await expect(page).toHaveURL(servicePath(service));
  const pauseButton = page.getByRole("button", { name: "Pause" });
  await expect(pauseButton).toBeDisabled();
  await expect(pauseButton).toHaveAccessibleDescription("Viewers can't pause services.");

  // The viewer's own browser sends the operator's request: same origin, the viewer's session.
  const forged = await page.evaluate(
    async ({ path, headers, body }) => {
      const response = await fetch(path, {
        method: "POST",
        headers: {
          "next-action": headers["next-action"]!,
          "next-router-state-tree": headers["next-router-state-tree"] ?? "",
          accept: "text/x-component",
          "content-type": headers["content-type"] ?? "text/plain;charset=UTF-8",
        },
        body,
      });
      return { status: response.status, text: await response.text() };
    },
    { path: servicePath(service), ...pause },
  );
  // Refused by the role check itself, in the action's own words.
  expect(forged.text).toContain("Viewers can't pause services.");

  // Untouched: still running, and no pause ever started.
  const { Service: after } = await apprunner.client.send(
    new DescribeServiceCommand({ ServiceArn: service.ServiceArn! }),
  );
  expect(after?.Status).toBe("RUNNING");
  const { OperationSummaryList: operations = [] } = await apprunner.client.send(
    new ListOperationsCommand({ ServiceArn: service.ServiceArn! }),
  );
  expect(operations.map((o) => o.Type)).not.toContain("PAUSE_SERVICE");
});

test("an operator signs in and pauses a service", async ({ page, apprunner }) => {
  const service = await apprunner.runningService();
  await signIn(page, "olga", servicePath(service));
  await expect(page.getByTestId("signed-in-as")).toContainText("olga@example.com");
  await expect(page.getByTestId("signed-in-as")).toContainText("Operator");
  await page.getByRole("button", { name: "Pause" }).click();
  await apprunner.waitForStatus(service.ServiceArn!, "PAUSED");
});

test("on a phone, the header still shows who is signed in, and Sign out, within the screen", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto("/services");
  await expectNoSidewaysScroll(page);
  await page.getByRole("link", { name: "Sign in with Test IdP" }).click();
  await signInAtProvider(page, provider.issuer, "olga");
  await expect(page).toHaveURL("/services");
  await expectNoSidewaysScroll(page);
  for (const target of [
    page.getByTestId("signed-in-as"),
    page.getByRole("button", { name: "Sign out" }),
  ]) {
    await expect(target).toBeVisible();
    const box = (await target.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
  }
});

test("signing out ends the session here and at the provider", async ({ page }) => {
  await signIn(page, "olga");
  await page.getByRole("button", { name: "Sign out" }).click();
  // The provider asks before ending its own session (RP-initiated logout).
  await expect(page).toHaveURL(new RegExp(`^${provider.issuer}/session/end`));
  await page.getByRole("button", { name: "Yes, sign me out" }).click();
  await expect(page).toHaveURL("/sign-in?signedOut=1");
  await expect(page.getByRole("status")).toHaveText("You have signed out.");
  await page.goto("/services");
  await expect(page).toHaveURL("/sign-in?returnTo=%2Fservices");
  // The provider forgot the person too: signing in asks who they are again.
  await page.getByRole("link", { name: "Sign in with Test IdP" }).click();
  await expect(page.locator('input[name="login"]')).toBeVisible();
});

test("a garbage or expired session cookie sends you to sign in", async ({ page, context }) => {
  await context.addCookies([{ name: "runnerdeck-session", value: "garbage", url: servers.appUrl }]);
  await page.goto("/services");
  await expect(page).toHaveURL("/sign-in?returnTo=%2Fservices");

  await context.addCookies([await sessionCookieOf(7200)]);
  await page.goto("/connections");
  await expect(page).toHaveURL("/sign-in?returnTo=%2Fconnections&reason=expired");
  await expect(page.getByRole("status")).toContainText("Your sign-in has expired.");

  // A cookie sealed with the dashboard's secret and still in time is a session.
  await context.addCookies([await sessionCookieOf(60)]);
  await page.goto("/connections");
  await expect(page).toHaveURL("/connections");
});

test("a draft typed before the session expired is there after signing in again", async ({
  page,
  context,
}) => {
  await signIn(page, "olga", "/services/new");
  await page.getByRole("button", { name: "Start blank" }).click();
  await expect(page).toHaveURL("/services/new/source");
  await page.getByLabel("Container image URI").fill("public.ecr.aws/nginx/nginx:1.27");
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem("runnerdeck:wizard-draft:v1") ?? ""))
    .toContain("nginx:1.27");

  // The session runs out while the person is away.
  await context.addCookies([await sessionCookieOf(7200)]);
  await page.reload();
  await expect(page).toHaveURL("/sign-in?returnTo=%2Fservices%2Fnew%2Fsource&reason=expired");
  await expect(page.getByRole("status")).toContainText("kept in this browser");
  await page.getByRole("link", { name: "Sign in with Test IdP" }).click();
  // Still signed in at the provider: straight back, to the step the person was on.
  await expect(page).toHaveURL("/services/new/source");
  await expect(page.getByLabel("Container image URI")).toHaveValue(
    "public.ecr.aws/nginx/nginx:1.27",
  );
});

test("someone none of whose groups has a role is told so, and gets no session", async ({
  page,
  context,
}) => {
  await page.goto("/services");
  await page.getByRole("link", { name: "Sign in with Test IdP" }).click();
  await signInAtProvider(page, provider.issuer, "nora");
  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Fservices&error=no-role$/);
  // Filtered: once hydrated, Next.js adds its own (empty) route announcer with role="alert".
  await expect(
    page.getByRole("alert").filter({ hasText: "none of your groups has a role" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  expect((await context.cookies()).map((c) => c.name)).not.toContain("runnerdeck-session");
});

test("a sign-in link can't send people to another site afterwards", async ({ page }) => {
  await page.goto("/sign-in?returnTo=https%3A%2F%2Fevil.example.com%2F");
  await page.getByRole("link", { name: "Sign in with Test IdP" }).click();
  await signInAtProvider(page, provider.issuer, "vic");
  await expect(page).toHaveURL("/services");
});
