import { StartDeploymentCommand, type Service } from "@aws-sdk/client-apprunner";
import type { BrowserContext, Page } from "@playwright/test";

import { expect, servicePath, type AppRunnerFixture } from "./fixtures/apprunner";
import { withOwnServers } from "./fixtures/own-servers";
import { forgetRendered, recordRendered, rendered } from "./fixtures/rendered";

// Its own emulator and dashboard: operations long enough to be seen under way in ten tabs (the
// dashboard notices a deployment it did not start within its idle poll, 12 s), and no other
// spec's live views counting against the one local person's caps.
const OPERATION_MS = 30_000;
const { servers, test } = withOwnServers(14, OPERATION_MS);
test.setTimeout(240_000);

const LIVE_ROUTE = /\/api\/live\?/;
const SINGLE_ROUTE = /\/api\/services\/events\?/;
/** What a view fetches instead when it can't stream. */
const POLL_ROUTE = /\/api\/services\/snapshot\?/;

/** Every request of `page` to the live stream routes, as they start. */
function streamRequests(page: Page): { live: string[]; single: string[]; polls: string[] } {
  const seen = { live: [] as string[], single: [] as string[], polls: [] as string[] };
  page.on("request", (request) => {
    if (LIVE_ROUTE.test(request.url())) seen.live.push(request.url());
    if (SINGLE_ROUTE.test(request.url())) seen.single.push(request.url());
    if (POLL_ROUTE.test(request.url())) seen.polls.push(request.url());
  });
  return seen;
}

type Tab = {
  page: Page;
  service: Service;
  streams: ReturnType<typeof streamRequests>;
  /** Loads of the page since it was first shown: a reload would count. */
  loads: () => number;
};

/** What each tab's status badge showed, recorded in the page (see `recordRendered`). */
const STATUS = "status";

/** A tab on `service`'s live page, counting its reloads and its stream requests. */
async function openTab(context: BrowserContext, service: Service): Promise<Tab> {
  const page = await context.newPage();
  await recordRendered(page, STATUS, '[data-testid="service-status"]');
  const streams = streamRequests(page);
  await page.goto(`${servers.appUrl}${servicePath(service)}`);
  await expect(page.getByRole("heading", { level: 1, name: service.ServiceName })).toBeVisible();
  let loads = 0;
  page.on("load", () => (loads += 1));
  return { page, service, streams, loads: () => loads };
}

// Over HTTP/1.1 (what `next start` serves) a browser holds at most six connections per origin,
// shared by all tabs of a profile. With one EventSource per tab, as the live page once had, the
// seventh tab's stream waits for a free connection that never comes: its page silently stops
// updating. The first test below shows that limit; the second passes only because every tab
// shares one connection (a leader tab's, relayed to the others).

test("the browser opens at most six streams per origin: a seventh tab's own EventSource waits", async ({
  context,
  apprunner,
}) => {
  const service = await apprunner.createService();
  const arn = encodeURIComponent(service.ServiceArn!);
  // Seven pages with no live view first: with six streams open, even a page load would wait.
  const pages: Page[] = [];
  for (let i = 0; i < 7; i++) {
    const page = await context.newPage();
    await page.goto(`${servers.appUrl}/services`);
    pages.push(page);
  }
  for (const page of pages)
    await page.evaluate((url) => {
      (window as unknown as { source: EventSource }).source = new EventSource(url);
    }, `/api/services/events?arn=${arn}`);
  const state = (page: Page) =>
    page.evaluate(() => (window as unknown as { source: EventSource }).source.readyState);
  for (const page of pages.slice(0, 6)) await expect.poll(() => state(page)).toBe(1);
  await pages[6]!.waitForTimeout(5_000);
  expect(await state(pages[6]!)).toBe(0); // still CONNECTING
  // One of the six lets go: the seventh gets its connection at last.
  await pages[0]!.close();
  await expect.poll(() => state(pages[6]!)).toBe(1);
});

/**
 * `count` new services, each with its tab open, all RUNNING; then a deployment of each starts
 * (through the SDK, as another client would: the dashboard notices on its own) and every tab
 * shows it under way. The tabs are opened one after another, so the first holds the connection.
 */
async function tabsOnDeployingServices(
  context: BrowserContext,
  apprunner: AppRunnerFixture,
  count: number,
): Promise<Tab[]> {
  const services = await Promise.all(
    Array.from({ length: count }, () => apprunner.createService()),
  );
  const tabs: Tab[] = [];
  for (const service of services) tabs.push(await openTab(context, service));
  await Promise.all(services.map((s) => apprunner.waitForStatus(s.ServiceArn!, "RUNNING", 90_000)));
  for (const { page } of tabs)
    await expect(page.getByTestId("service-status")).toHaveText("Running");
  for (const { page } of tabs) await forgetRendered(page, STATUS);
  for (const { service } of tabs)
    await apprunner.client.send(new StartDeploymentCommand({ ServiceArn: service.ServiceArn }));
  // Each tab shows the deployment under way. Recorded in the page rather than checked tab by
  // tab: on a loaded machine the last tab's check may come after its deployment has ended.
  for (const { page } of tabs)
    await expect
      .poll(() => rendered(page, STATUS), { timeout: OPERATION_MS })
      .toContain("Operation in progress");
  return tabs;
}

/** The tab's page shows its deployment done: RUNNING, the operation succeeded, still live. */
async function expectDeployed({ page }: Tab): Promise<void> {
  await expect(page.getByTestId("service-status")).toHaveText("Running", {
    timeout: OPERATION_MS + 20_000,
  });
  const activity = page.getByRole("region", { name: "Activity" });
  await expect(activity.locator('tr[data-operation="START_DEPLOYMENT"]')).toContainText(
    "Succeeded",
  );
  await expect(page.getByTestId("live-state")).toHaveText("Live");
}

test("ten tabs, each on a different deploying service, all reach RUNNING with no reload", async ({
  context,
  apprunner,
}) => {
  const tabs = await tabsOnDeployingServices(context, apprunner, 10);
  for (const tab of tabs) await expectDeployed(tab);
  expect(tabs.map((tab) => tab.loads())).toEqual(tabs.map(() => 0));

  // One connection for all ten: the first tab's, carrying every service; no tab used its own.
  const [leader, ...followers] = tabs;
  expect(leader!.streams.live.length).toBeGreaterThan(0);
  const last = decodeURIComponent(leader!.streams.live.at(-1)!);
  for (const { service } of tabs) expect(last).toContain(service.ServiceArn!);
  for (const tab of followers) expect(tab.streams).toEqual({ live: [], single: [], polls: [] });
  // Nor did any fall back to polling: every update came through the stream.
  expect(leader!.streams.single).toEqual([]);
  expect(leader!.streams.polls).toEqual([]);
});

test("closing the leader tab hands its connection over; the other tabs keep updating", async ({
  context,
  apprunner,
}) => {
  const [leader, heir, other] = (await tabsOnDeployingServices(context, apprunner, 3)) as [
    Tab,
    Tab,
    Tab,
  ];
  expect(leader.streams.live.length).toBeGreaterThan(0);
  expect(heir.streams.live).toEqual([]);

  // The next tab in line opens the stream for the services still watched, and only those.
  const handedOver = heir.page.waitForRequest((request) => {
    const url = decodeURIComponent(request.url());
    return (
      LIVE_ROUTE.test(url) &&
      url.includes(heir.service.ServiceArn!) &&
      url.includes(other.service.ServiceArn!)
    );
  });
  await leader.page.close();
  expect(decodeURIComponent((await handedOver).url())).not.toContain(leader.service.ServiceArn!);

  for (const tab of [heir, other]) await expectDeployed(tab);
  expect([heir.loads(), other.loads()]).toEqual([0, 0]);
  expect(other.streams).toEqual({ live: [], single: [], polls: [] });
});
