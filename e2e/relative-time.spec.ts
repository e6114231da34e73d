import type { Page } from "@playwright/test";

import { expect, servicePath } from "./fixtures/apprunner";
import { withOwnServers } from "./fixtures/own-servers";

// Its own dashboard, so "how long the server has run" is known and no other spec's load counts.
const { servers, test } = withOwnServers(7, 400);

/** Past the 2 minutes a slightly fast clock is forgiven ("just now"). */
const LONG_AFTER_START_MS = 130_000;

function createdTime(page: Page) {
  return page
    .getByRole("term")
    .filter({ hasText: /^Created$/ })
    .locator("xpath=following-sibling::dd[1]");
}

test("a page rendered minutes after the server started says how long ago things happened", async ({
  page,
  apprunner,
}) => {
  test.setTimeout(LONG_AFTER_START_MS + 90_000);
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));

  // The server's first render of a service page, when its modules load.
  const first = await apprunner.createService();
  await page.goto(`${servers.appUrl}${servicePath(first)}`);
  await expect(createdTime(page)).toHaveText("just now");

  await page.waitForTimeout(LONG_AFTER_START_MS);
  const service = await apprunner.createService();
  await page.waitForTimeout(15_000);
  const url = `${servers.appUrl}${servicePath(service)}`;

  // What the server renders, before any script runs.
  const html = await (await page.request.get(url)).text();
  expect(html).toMatch(/<time[^>]*>\d+ seconds ago<\/time>/);

  // And what the page says once hydrated, with no hydration mismatch reported.
  await page.goto(url);
  await expect(page).toHaveURL(url);
  await expect(createdTime(page)).toHaveText(/^\d+ seconds ago$/);
  expect(problems).toEqual([]);
});
