import { expect, servicePath, test } from "./fixtures/apprunner";

test("when the stream can't connect, the page says it polls instead and still reaches RUNNING", async ({
  page,
  apprunner,
}) => {
  test.setTimeout(90_000);
  // The stream is blocked for this page alone; the snapshot and log routes still answer.
  let blocked = 0;
  await page.route("**/api/live?**", (route) => {
    blocked += 1;
    return route.abort();
  });
  const service = await apprunner.createService();
  await page.goto(servicePath(service));
  await expect(page).toHaveURL(
    new RegExp(`/services/${service.ServiceName}/${service.ServiceId}$`),
  );
  let loads = 0;
  page.on("load", () => (loads += 1));
  const status = page.getByTestId("service-status");
  await expect(status).toHaveText("Operation in progress");

  const state = page.getByTestId("live-state");
  await expect(state).toHaveText("Offline", { timeout: 30_000 });
  await expect(page.getByTestId("live-indicator")).toContainText(
    "the live stream is unavailable; checking every few seconds instead",
  );
  expect(blocked).toBeGreaterThan(0);

  // No stream reached the page, so only the polling can have brought the new state.
  await expect(status).toHaveText("Running", { timeout: 20_000 });
  await expect(page.getByRole("log", { name: "Service events" })).toContainText(
    "Service status is set to RUNNING.",
  );
  await expect(page.getByTestId("live-indicator")).toContainText("Last update");
  expect(loads).toBe(0);

  // The stream comes back: the page tries it again on its own and says it is live.
  await page.unroute("**/api/live?**");
  await expect(state).toHaveText("Live", { timeout: 30_000 });
  expect(loads).toBe(0);
});
