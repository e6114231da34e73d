import { UpdateServiceCommand, type Service } from "@aws-sdk/client-apprunner";

import { expect, servicePath, test, type AppRunnerFixture } from "./fixtures/apprunner";
import { expectNoAxeViolations } from "./fixtures/axe";

/** Changes the port (and adds a variable) through UpdateService, and waits for it to finish. */
async function updatePort(apprunner: AppRunnerFixture, service: Service, port: string) {
  await apprunner.client.send(
    new UpdateServiceCommand({
      ServiceArn: service.ServiceArn!,
      SourceConfiguration: {
        ImageRepository: {
          ImageIdentifier: "public.ecr.aws/nginx/nginx:latest",
          ImageRepositoryType: "ECR_PUBLIC",
          ImageConfiguration: { Port: port, RuntimeEnvironmentVariables: { LOG_LEVEL: "debug" } },
        },
        AutoDeploymentsEnabled: false,
      },
    }),
  );
  await apprunner.waitForStatus(service.ServiceArn!, "RUNNING");
}

test("History lists each revision with what changed, compares two, and restores one", async ({
  page,
  apprunner,
}) => {
  const service = await apprunner.runningService();
  const history = `${servicePath(service)}/history`;

  // The service page links to History; opening it records the create.
  await page.goto(servicePath(service));
  await page.getByRole("link", { name: "History" }).click();
  await expect(page).toHaveURL(new RegExp(`${history}$`));
  await expect(
    page.getByRole("heading", { name: `History of ${service.ServiceName}` }),
  ).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(1);
  await expect(page.getByText("First revision recorded.")).toBeVisible();

  await updatePort(apprunner, service, "8080");
  await page.goto(history);
  await expect(page).toHaveURL(new RegExp(`${history}$`));
  const revisions = page.getByRole("article");
  await expect(revisions).toHaveCount(2);
  const [newest, oldest] = [revisions.nth(0), revisions.nth(1)];
  await expect(newest.getByRole("heading", { level: 3 })).toContainText("Configuration update");
  await expect(newest).toContainText("Current configuration");
  await expect(newest).toContainText("Port: 80 → 8080");
  await expect(newest).toContainText(/Variable LOG_LEVEL: not set → debug/);
  await expect(newest).toContainText("Unknown (not recorded)");
  await expect(oldest.getByRole("heading", { level: 3 })).toContainText("Create service");

  // The newest is the configuration now: nothing to restore. The tag `latest` may have moved.
  const restoreNewest = newest.getByRole("button", { name: "Restore this configuration" });
  await expect(restoreNewest).toBeDisabled();
  await expect(restoreNewest).toHaveAccessibleDescription(/This is the current configuration\./);
  await expect(oldest).toContainText("The image is named by its tag latest");
  await expectNoAxeViolations(page);

  // Compare without JavaScript's help: a GET form.
  const compare = page.getByRole("region", { name: "Compare two revisions" });
  await compare.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(/\/history\?a=\d+&b=\d+#compare$/);
  const table = compare.getByRole("group", { name: /^Build and run: revision/ });
  await expect(table.getByRole("row", { name: /Port/ })).toContainText(/80\s*8080/);

  const newestId = /Revision (\d+)/.exec(
    (await newest.getByRole("heading").first().textContent())!,
  )![1];
  await page.goto(`${history}?a=${newestId}&b=${newestId}`);
  await expect(page.getByText("These revisions have the same configuration.")).toBeVisible();
  await page.goto(`${history}?a=999999999&b=${newestId}`);
  await expect(
    page.getByText("Revision 999999999 is not in this service's history."),
  ).toBeVisible();

  // Restore: the older configuration goes into the edit draft, and the edit's review opens.
  await page.goto(history);
  await page
    .getByRole("article")
    .nth(1)
    .getByRole("button", { name: "Restore this configuration" })
    .click();
  await expect(page).toHaveURL(new RegExp(`${servicePath(service)}/edit/review$`));
  const draft = await page.evaluate(
    (key) => JSON.parse(localStorage.getItem(key) ?? "null") as Record<string, unknown>,
    `runnerdeck:edit-draft:v1:${service.ServiceArn}`,
  );
  expect(draft).toMatchObject({
    step: "review",
    values: { build: { port: "80" } },
    edit: { restoredFrom: { operationType: "CREATE_SERVICE" } },
  });
});

test("a service the dashboard never saw succeed has no revisions yet", async ({
  page,
  apprunner,
}) => {
  const service = await apprunner.createService({ outcome: "fail-build" });
  await apprunner.waitForStatus(service.ServiceArn!, "CREATE_FAILED");
  await page.goto(`${servicePath(service)}/history`);
  await expect(
    page.getByText(
      "No revisions recorded yet. Runnerdeck records the configuration each time it sees an operation succeed.",
    ),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: `Back to ${service.ServiceName}` })).toHaveAttribute(
    "href",
    servicePath(service),
  );
});

test.describe("on a 360 px phone", () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test("History and its comparison fit the width", async ({ page, apprunner }) => {
    const service = await apprunner.runningService();
    const history = `${servicePath(service)}/history`;
    await page.goto(history);
    await updatePort(apprunner, service, "8080");
    await page.goto(history);
    await page.getByRole("button", { name: "Compare" }).click();
    await expect(page).toHaveURL(/\?a=\d+&b=\d+#compare$/);
    await expect(page.getByRole("group", { name: /^Build and run: revision/ })).toBeVisible();
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
  });
});
