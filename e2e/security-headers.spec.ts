import { readdirSync } from "node:fs";
import http from "node:http";
import { join } from "node:path";

import {
  CreateAutoScalingConfigurationCommand,
  CreateConnectionCommand,
  CreateObservabilityConfigurationCommand,
  CreateVpcConnectorCommand,
  CreateVpcIngressConnectionCommand,
  ListConnectionsCommand,
  type Service,
} from "@aws-sdk/client-apprunner";
import type { ConsoleMessage, Page } from "@playwright/test";

import { appRunnerClient, expect, makeFixture, servicePath, test } from "./fixtures/apprunner";
import { next } from "./wizard-helpers";

// Issue 11, "Hardening" and the findings found when tried as an attacker: the headers on every
// page and route, and proxy.ts's refusals, against the built app (`next start`). Each test
// names the finding it covers.

const APP_PORT = Number(process.env.E2E_APP_PORT);
const HOST = `127.0.0.1:${APP_PORT}`;
const ORIGIN = `http://${HOST}`;

type RawAnswer = { status: number; headers: http.IncomingHttpHeaders; body: string; ms: number };

/**
 * A request as any HTTP client can send it, Host and all (fetch won't let a test set Host).
 * `headersOnly` stops at the headers, for the live stream, which never ends by itself.
 */
function raw(
  path: string,
  {
    method = "GET",
    headers = {},
    body,
    headersOnly = false,
  }: {
    method?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    headersOnly?: boolean;
  } = {},
): Promise<RawAnswer> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: "127.0.0.1", port: APP_PORT, path, method, headers: { Host: HOST, ...headers } },
      (response) => {
        const answer = (text: string) =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: text,
            ms: Date.now() - started,
          });
        if (headersOnly) {
          answer("");
          response.destroy();
          return;
        }
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => answer(Buffer.concat(chunks).toString()));
      },
    );
    // The server may answer (413) and close before a big body is all sent.
    request.on("error", (error: NodeJS.ErrnoException) =>
      error.code === "EPIPE" || error.code === "ECONNRESET" ? undefined : reject(error),
    );
    if (body !== undefined) request.write(body);
    request.end();
  });
}

/** Every page and route handler under app/, as its path pattern (route groups left out). */
function appPaths(): { pages: string[]; routes: string[] } {
  const pages: string[] = [];
  const routes: string[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        const group = /^\(.*\)$/.test(entry.name);
        walk(join(dir, entry.name), group ? segments : [...segments, entry.name]);
      } else if (entry.name === "page.tsx") pages.push(`/${segments.join("/")}`);
      else if (entry.name === "route.ts") routes.push(`/${segments.join("/")}`);
    }
  };
  walk("app", []);
  return { pages: pages.sort(), routes: routes.sort() };
}

function expectSecurityHeaders(what: string, headers: http.IncomingHttpHeaders) {
  const csp = String(headers["content-security-policy"] ?? "");
  expect(csp, `${what}: CSP`).toMatch(
    /(^|; )script-src 'self' 'nonce-[A-Za-z0-9+/]+={0,2}' 'strict-dynamic'(;|$)/,
  );
  expect(csp, `${what}: CSP`).toContain("frame-ancestors 'none'");
  expect(csp, `${what}: CSP`).toContain("connect-src 'self'");
  expect(csp, `${what}: CSP`).toContain("object-src 'none'");
  expect(csp, `${what}: CSP`).not.toMatch(/unsafe-eval|unsafe-inline/);
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], what).toMatch(/camera=\(\).*microphone=\(\)/);
  expect(headers["x-powered-by"], what).toBeUndefined();
}

/** The scene every page and route is opened against: one of each resource the pages show. */
type Scene = {
  service: Service;
  connection: string;
  autoScaling: string;
  observability: string;
  vpcConnector: string;
  vpcIngress: string;
};

let scene: Scene;

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(60_000);
  const apprunner = makeFixture(`http://127.0.0.1:${process.env.E2E_EMULATOR_PORT}`, testInfo);
  const name = apprunner.uniqueName("hdr").slice(0, 32);
  const { client } = apprunner;
  const service = await apprunner.runningService();
  await client.send(new CreateConnectionCommand({ ConnectionName: name, ProviderType: "GITHUB" }));
  await client.send(
    new CreateAutoScalingConfigurationCommand({ AutoScalingConfigurationName: name }),
  );
  await client.send(
    new CreateObservabilityConfigurationCommand({
      ObservabilityConfigurationName: name,
      TraceConfiguration: { Vendor: "AWSXRAY" },
    }),
  );
  await client.send(
    new CreateVpcConnectorCommand({
      VpcConnectorName: name,
      Subnets: ["subnet-0123456789abcdef0"],
    }),
  );
  await client.send(
    new CreateVpcIngressConnectionCommand({
      ServiceArn: service.ServiceArn,
      VpcIngressConnectionName: name,
      IngressVpcConfiguration: {
        VpcId: "vpc-0a1b2c3d4e5f6a7b8",
        VpcEndpointId: "vpce-0a1b2c3d4e5f6a7b8",
      },
    }),
  );
  client.destroy();
  scene = {
    service,
    connection: name,
    autoScaling: name,
    observability: name,
    vpcConnector: name,
    vpcIngress: name,
  };
});

/** A real URL for each path pattern under app/; a page or route added later must be added here. */
function concreteUrls(s: Scene): Record<string, string> {
  const service = servicePath(s.service);
  const arn = encodeURIComponent(s.service.ServiceArn!);
  return {
    "/": "/",
    "/audit": "/audit",
    "/auto-scaling": "/auto-scaling",
    "/auto-scaling/[name]": `/auto-scaling/${s.autoScaling}`,
    "/connections": "/connections",
    "/connections/[name]": `/connections/${s.connection}`,
    "/observability": "/observability",
    "/observability/[name]": `/observability/${s.observability}`,
    "/services": "/services",
    "/services/[name]/[id]": service,
    "/services/[name]/[id]/edit": `${service}/edit`,
    "/services/[name]/[id]/edit/[step]": `${service}/edit/instance`,
    "/services/[name]/[id]/history": `${service}/history`,
    "/services/[name]/[id]/export": `${service}/export`,
    "/services/new": "/services/new",
    "/services/new/build": "/services/new/build",
    "/services/new/health-check": "/services/new/health-check",
    "/services/new/instance": "/services/new/instance",
    "/services/new/network": "/services/new/network",
    "/services/new/review": "/services/new/review",
    "/services/new/service": "/services/new/service",
    "/services/new/source": "/services/new/source",
    "/sign-in": "/sign-in",
    "/vpc": "/vpc",
    "/vpc/connectors/[name]": `/vpc/connectors/${s.vpcConnector}`,
    "/vpc/ingress/[name]": `/vpc/ingress/${s.vpcIngress}`,
    "/api/audit": "/api/audit",
    "/api/auto-scaling-configurations": "/api/auto-scaling-configurations",
    "/api/connections": "/api/connections",
    "/api/live": `/api/live?arn=${arn}`,
    "/api/observability-configurations": "/api/observability-configurations",
    "/api/service-names": "/api/service-names?name=hdr-free-name",
    "/api/services": "/api/services",
    "/api/services/application-log": `/api/services/application-log?arn=${arn}`,
    "/api/services/custom-domains": `/api/services/custom-domains?arn=${arn}`,
    "/api/services/events": `/api/services/events?arn=${arn}`,
    "/api/services/instances": `/api/services/instances?arn=${arn}`,
    "/api/services/logs": `/api/services/logs?arn=${arn}&stream=application`,
    "/api/services/operations": `/api/services/operations?arn=${arn}`,
    "/api/services/snapshot": `/api/services/snapshot?arn=${arn}`,
    "/api/services/tags": `/api/services/tags?arn=${arn}`,
    "/api/vpc-connectors": "/api/vpc-connectors",
    "/auth/callback": "/auth/callback",
    "/auth/sign-in": "/auth/sign-in",
    "/auth/sign-out": "/auth/sign-out",
  };
}

test("every page and route handler answers with the security headers (hardening; finding: framing)", async () => {
  test.setTimeout(120_000);
  const { pages, routes } = appPaths();
  const urls = concreteUrls(scene);
  expect(Object.keys(urls).sort(), "a URL for every page and route under app/").toEqual(
    [...pages, ...routes].sort(),
  );

  for (const pattern of pages) {
    const answer = await raw(urls[pattern]!);
    expect([200, 307], `${pattern} → ${answer.status}`).toContain(answer.status);
    expectSecurityHeaders(pattern, answer.headers);
    if (answer.status !== 200) continue;
    // Next.js put this response's nonce on every script it wrote, so all of them may run.
    const nonce = /'nonce-([^']+)'/.exec(String(answer.headers["content-security-policy"]))![1];
    const scripts = answer.body.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length, pattern).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, pattern).toContain(`nonce="${nonce}"`);
  }

  for (const pattern of routes) {
    const method = pattern === "/auth/sign-out" ? "POST" : "GET";
    const answer = await raw(urls[pattern]!, {
      method,
      headers: method === "POST" ? { Origin: ORIGIN } : {},
      headersOnly: pattern === "/api/services/events" || pattern === "/api/live",
    });
    expect(answer.status, `${pattern} → ${answer.status}`).toBeLessThan(500);
    expectSecurityHeaders(pattern, answer.headers);
  }

  // Next.js's own answers too: a page that does not exist, and the static files.
  const missing = await raw("/no-such-page");
  expect(missing.status).toBe(404);
  expectSecurityHeaders("a missing page", missing.headers);
  const script = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(
    (await raw("/services")).body,
  )![1]!;
  expectSecurityHeaders("a static script", (await raw(script)).headers);
  expectSecurityHeaders("the icon", (await raw("/icon.svg")).headers);
});

test("a page can't be framed by another site (finding: framing, Pause clicked through a frame)", async ({
  page,
}) => {
  const path = servicePath(scene.service);
  // Another site's page, with the service page in a frame over which it could lay its own.
  // Served from loopback too, as a local attacker would: Chromium keeps public pages from
  // framing loopback ones anyway (Private Network Access), which would hide the header's work.
  const attacker = http.createServer((_request, response) =>
    response
      .writeHead(200, { "Content-Type": "text/html" })
      .end(
        `<iframe title="framed" src="http://127.0.0.1:${APP_PORT}${path}" width="800" height="600"></iframe>`,
      ),
  );
  await new Promise<void>((resolve) => attacker.listen(0, "127.0.0.1", resolve));
  const { port } = attacker.address() as { port: number };
  await page.goto(`http://127.0.0.1:${port}/`);
  const framed = () =>
    page
      .frames()
      .find((frame) => frame !== page.mainFrame())
      ?.url();
  // Chromium refuses to render it (frame-ancestors 'none'; X-Frame-Options DENY) and shows
  // its error page in the frame instead.
  await expect.poll(framed).toBe("chrome-error://chromewebdata/");
  await expect(page.frameLocator("iframe").getByRole("button", { name: "Pause" })).toHaveCount(0);
  attacker.close();
});

test("a foreign Host is refused, even on loopback (finding: DNS rebinding)", async () => {
  for (const path of ["/services", "/api/services", servicePath(scene.service)]) {
    const answer = await raw(path, { headers: { Host: `rebind.attacker.example:${APP_PORT}` } });
    expect(answer.status, path).toBe(421);
    expect(answer.headers["content-type"]).toBe("text/plain; charset=utf-8");
    expect(answer.body).toMatch(/does not answer to this host name/);
    expect(answer.body).not.toContain(scene.service.ServiceName!);
  }
  // A delete through a rebound name went through before; now nothing gets that far.
  const change = await raw("/api/connections", {
    method: "POST",
    headers: {
      Host: `rebind.attacker.example:${APP_PORT}`,
      Origin: `http://rebind.attacker.example:${APP_PORT}`,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({ name: "rebound-conn", provider: "GITHUB" }),
  });
  expect(change.status).toBe(421);
  expect((await raw("/services", { headers: { Host: `localhost:${APP_PORT}` } })).status).toBe(200);
});

async function connectionNames(): Promise<string[]> {
  const client = appRunnerClient(`http://127.0.0.1:${process.env.E2E_EMULATOR_PORT}`);
  const { ConnectionSummaryList = [] } = await client.send(new ListConnectionsCommand({}));
  client.destroy();
  return ConnectionSummaryList.map((c) => c.ConnectionName!);
}

test("a cross-origin text/plain POST to /api/connections is refused and creates nothing (finding: route-handler POSTs)", async ({
  page,
}) => {
  const name = `xorigin-${Date.now().toString(36)}`;
  // From another origin's page, as a browser sends it: a "simple" request, no preflight.
  await page.goto(`http://localhost:${APP_PORT}/services`);
  const status = await page.evaluate(
    async ({ url, body }) => {
      try {
        await fetch(url, {
          method: "POST",
          mode: "no-cors",
          headers: { "Content-Type": "text/plain" },
          body,
        });
      } catch {
        // no-cors: the answer is opaque either way.
      }
      return "sent";
    },
    { url: `${ORIGIN}/api/connections`, body: JSON.stringify({ name, provider: "GITHUB" }) },
  );
  expect(status).toBe("sent");
  // The same request by hand, to see the answer.
  const answer = await raw("/api/connections", {
    method: "POST",
    headers: {
      Origin: `http://localhost:${APP_PORT}`,
      "Sec-Fetch-Site": "same-site",
      "Content-Type": "text/plain",
    },
    body: JSON.stringify({ name, provider: "GITHUB" }),
  });
  expect(answer.status).toBe(403);
  expect(JSON.parse(answer.body)).toMatchObject({ kind: "access-denied" });
  expect(await connectionNames()).not.toContain(name);
});

test("route bodies: 2 MB answered 413 quickly, non-JSON 415 (finding: no body limit)", async () => {
  const json = {
    Origin: ORIGIN,
    "Sec-Fetch-Site": "same-origin",
    "Content-Type": "application/json",
  };
  const big = Buffer.alloc(2 * 1024 * 1024, 0x20);
  for (const path of ["/api/connections", "/api/auto-scaling-configurations"]) {
    const declared = await raw(path, { method: "POST", headers: json, body: big });
    expect(declared.status, path).toBe(413);
    expect(JSON.parse(declared.body)).toEqual({
      kind: "invalid-request",
      message: "The request body is larger than 1024 KB.",
    });
    expect(declared.ms, path).toBeLessThan(3_000);
    const chunked = await raw(path, {
      method: "POST",
      headers: { ...json, "Transfer-Encoding": "chunked" },
      body: big,
    });
    expect(chunked.status, `${path}, chunked`).toBe(413);

    const text = await raw(path, {
      method: "POST",
      headers: { ...json, "Content-Type": "text/plain" },
      body: JSON.stringify({ name: "text-plain-conn", provider: "GITHUB" }),
    });
    expect(text.status, path).toBe(415);
  }
  expect(await connectionNames()).not.toContain("text-plain-conn");
});

/**
 * A real server action call, as the connections page's create form sends it, caught before it
 * reaches the server (so nothing is created): its action id, headers and encoded body.
 */
async function capturedAction(page: Page, name: string) {
  await page.goto("/connections");
  await expect(page).toHaveURL(/\/connections$/);
  const captured = new Promise<{ headers: Record<string, string>; body: Buffer }>((resolve) =>
    page.route("**/connections", async (route, request) => {
      if (request.method() !== "POST" || !request.headers()["next-action"]) return route.continue();
      resolve({ headers: request.headers(), body: request.postDataBuffer() ?? Buffer.alloc(0) });
      await route.abort();
    }),
  );
  await page.getByLabel("Connection name").fill(name);
  await page.getByLabel("Provider").selectOption({ label: "Bitbucket" });
  await page.getByRole("button", { name: "Create connection" }).click();
  const { headers, body } = await captured;
  expect(body.toString()).toContain(name);
  return {
    body,
    headers: {
      "Next-Action": headers["next-action"]!,
      "Next-Router-State-Tree": headers["next-router-state-tree"] ?? "",
      Accept: "text/x-component",
      "Content-Type": headers["content-type"]!,
    },
  };
}

test("server actions: a 10 MB body answers 413, a malformed one 400, not 500 (findings: action bodies)", async ({
  page,
}) => {
  const { headers } = await capturedAction(page, `act-${Date.now().toString(36)}`);
  const action = { ...headers, Origin: ORIGIN, "Sec-Fetch-Site": "same-origin" };
  const tenMb = await raw("/connections", {
    method: "POST",
    headers: { ...action, "Content-Type": "text/plain;charset=UTF-8" },
    body: Buffer.alloc(10 * 1024 * 1024, 0x20),
  });
  expect(tenMb.status).toBe(413);
  expect(JSON.parse(tenMb.body)).toMatchObject({ kind: "invalid-request" });

  for (const [what, contentType, body] of [
    ["not JSON", "text/plain;charset=UTF-8", "this is not an argument list"],
    [
      "a broken multipart body",
      "multipart/form-data; boundary=zz",
      '--zz\r\nContent-Disposition: form-data; name="0"\r\n\r\n[',
    ],
    ["JSON that is not an argument list", "text/plain;charset=UTF-8", '{"$ACTION":1}'],
  ] as const) {
    const answer = await raw("/connections", {
      method: "POST",
      headers: { ...action, "Content-Type": contentType },
      body,
    });
    expect(answer.status, what).toBe(400);
  }
});

test("X-Forwarded-Host from an untrusted address is ignored by the server-action origin check (finding)", async ({
  page,
}) => {
  const name = `xfh-${Date.now().toString(36)}`;
  const { headers, body } = await capturedAction(page, name);
  // Origin names another host than the request was sent to; only X-Forwarded-Host agrees with
  // it. Next.js believed X-Forwarded-Host, so the action ran.
  const answer = await raw("/connections", {
    method: "POST",
    headers: {
      ...headers,
      Origin: `http://localhost:${APP_PORT}`,
      "X-Forwarded-Host": `localhost:${APP_PORT}`,
    },
    body,
  });
  expect(answer.status).toBe(403);
  expect(await connectionNames()).not.toContain(name);
  // The same call from the page's own origin goes through: the refusal was about the host.
  const same = await raw("/connections", {
    method: "POST",
    headers: { ...headers, Origin: ORIGIN, "Sec-Fetch-Site": "same-origin" },
    body,
  });
  expect(same.status).toBeLessThan(400);
  await expect.poll(connectionNames).toContain(name);
});

/** Collects the browser's complaints about the security headers on `page`. */
function headerComplaints(page: Page): string[] {
  const seen: string[] = [];
  const isViolation = (text: string) =>
    /Content Security Policy|Content-Security-Policy|Refused to (load|execute|apply|connect|frame)|Permissions-Policy/i.test(
      text,
    );
  page.on("console", (message: ConsoleMessage) => {
    if (isViolation(message.text())) seen.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => {
    if (isViolation(error.message)) seen.push(`${page.url()}: ${error.message}`);
  });
  return seen;
}

test("the app works under its CSP: list, wizard, a live service page, resource pages", async ({
  page,
  apprunner,
}) => {
  test.setTimeout(120_000);
  const violations = headerComplaints(page);

  await page.goto("/services");
  await expect(page).toHaveURL(/\/services$/);
  await expect(page.getByRole("link", { name: scene.service.ServiceName! })).toBeVisible();

  // The wizard hydrates, validates and moves between steps (its scripts run under the nonce).
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Create service" })
    .click();
  await expect(page).toHaveURL(/\/services\/new$/);
  await page.getByRole("button", { name: "Start blank" }).click();
  await expect(page).toHaveURL(/\/services\/new\/source$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Source");
  await page.getByLabel("Container image URI").fill("public.ecr.aws/nginx/nginx:latest");
  await next(page, "Build and run");
  await expect(page.getByLabel("Port")).toHaveValue("8080");

  // A service page follows a deployment through the live stream (EventSource, connect-src).
  const service = await apprunner.runningService();
  await page.goto(servicePath(service));
  await expect(page.getByTestId("service-status")).toHaveText("Running");
  await page.getByRole("button", { name: "Pause", exact: true }).click();
  await expect(page.getByTestId("service-status")).toHaveText("Paused", { timeout: 20_000 });

  for (const path of [
    "/connections",
    `/connections/${scene.connection}`,
    "/auto-scaling",
    `/auto-scaling/${scene.autoScaling}`,
    "/vpc",
    `/vpc/connectors/${scene.vpcConnector}`,
    `/vpc/ingress/${scene.vpcIngress}`,
    "/observability",
    `/observability/${scene.observability}`,
    "/audit",
  ]) {
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  expect(violations).toEqual([]);
});

// Next.js's own page for an address that doesn't exist writes inline style attributes, which
// this CSP refuses; app/not-found.tsx is the app's own (Tailwind classes), so nothing is refused.
test("the page for an unknown address works under the CSP", async ({ page }) => {
  const violations = headerComplaints(page);
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Runnerdeck" })).toBeVisible();
  expect(violations).toEqual([]);
});
