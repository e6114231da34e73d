import {
  DescribeServiceCommand,
  ListTagsForResourceCommand,
  StartDeploymentCommand,
  type ImageConfiguration,
  type Service,
} from "@aws-sdk/client-apprunner";
import type { Locator, Page } from "@playwright/test";

import { STEPS, type StepId } from "../lib/apprunner/form/steps";

import { expect, servicePath, test, type AppRunnerFixture } from "./fixtures/apprunner";
import { expectNoAxeViolations } from "./fixtures/axe";

/** The service every test but the failed create starts from: one variable, port 80. */
const ORIGINAL: ImageConfiguration = {
  Port: "80",
  RuntimeEnvironmentVariables: { LOG_LEVEL: "info" },
};

function editPath(service: Service, step: StepId): string {
  return `${servicePath(service)}/edit/${step}`;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The URL is exactly this path (nothing after it). */
const at = (path: string) => new RegExp(`${escape(path)}$`);

/** Presses "Next" step by step (each step checks its answers) until `target`. */
async function nextTo(page: Page, service: Service, target: StepId) {
  for (;;) {
    const step = STEPS.find((s) => page.url().endsWith(`/edit/${s.id}`));
    if (!step || step.id === target) break;
    const following = STEPS[STEPS.indexOf(step) + 1]!;
    await page.getByRole("button", { name: `Next: ${following.title}` }).click();
    await expect(page).toHaveURL(at(editPath(service, following.id)));
    await expect(page.getByRole("heading", { level: 1 })).toContainText(following.title);
  }
}

/** A step of the edit through the wizard's list of steps (a link, so the form goes along). */
async function goToStep(page: Page, service: Service, id: StepId) {
  const title = STEPS.find((s) => s.id === id)!.title;
  await page
    .getByRole("navigation", { name: "Wizard steps" })
    .getByRole("link", { name: title, exact: true })
    .click();
  await expect(page).toHaveURL(at(editPath(service, id)));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
}

/** The review's changes, one `li[data-field]` each. */
function changes(page: Page): Locator {
  return page.getByTestId("change-list").locator("li[data-field]");
}

/** One change on the review reads "<label> was <before> → now <after>". */
async function expectChange(
  page: Page,
  field: string,
  label: string,
  before: string,
  after: string,
) {
  await expect(changes(page).and(page.locator(`[data-field="${field}"]`))).toHaveText(
    new RegExp(`^${escape(label)}\\s*was\\s*${escape(before)}\\s*→\\s*now\\s*${escape(after)}$`),
  );
}

/** The JSON the review shows under `label` ("The UpdateService request", "The requests, in order"). */
async function requestJson(page: Page, label: string): Promise<unknown> {
  return JSON.parse((await page.getByLabel(`${label} as JSON`).textContent()) ?? "null");
}

/** A row of the service page's Configuration, in one of its sections ("Build and run"). */
function configValue(page: Page, section: string, label: string): Locator {
  return page
    .getByRole("region", { name: "Configuration" })
    .getByRole("heading", { level: 3, name: section, exact: true })
    .locator("..")
    .locator("dl > div")
    .filter({ has: page.getByRole("term").filter({ hasText: new RegExp(`^${escape(label)}$`) }) })
    .getByRole("definition");
}

async function describeService(apprunner: AppRunnerFixture, service: Service): Promise<Service> {
  const out = await apprunner.client.send(
    new DescribeServiceCommand({ ServiceArn: service.ServiceArn }),
  );
  return out.Service!;
}

function imageConfiguration(service: Service): ImageConfiguration | undefined {
  return service.SourceConfiguration?.ImageRepository?.ImageConfiguration;
}

async function countUpdates(apprunner: AppRunnerFixture, service: Service): Promise<number> {
  const operations = await apprunner.operations(service.ServiceArn!);
  return operations.filter((o) => o.Type === "UPDATE_SERVICE").length;
}

/**
 * Applying goes to the service's page, which follows the UPDATE_SERVICE operation live (no
 * reload) until the service is RUNNING again with it.
 */
async function expectFollowedToRunning(page: Page, service: Service) {
  await expect(page).toHaveURL(at(servicePath(service)));
  let loads = 0;
  const counted = () => (loads += 1);
  page.on("load", counted);
  await expect(page.getByRole("region", { name: "Current operation" })).toContainText(
    "Configuration update",
  );
  await expect(page.getByTestId("service-status")).toHaveText("Running", { timeout: 30_000 });
  await expect(
    page
      .getByRole("region", { name: "Activity" })
      .locator('tr[data-operation="UPDATE_SERVICE"]')
      .first(),
  ).toContainText("Succeeded");
  page.off("load", counted);
  expect(loads).toBe(0);
}

test("a port and a variable changed, reviewed, applied, seen in History, and restored", async ({
  page,
  apprunner,
}) => {
  const service = await apprunner.runningService({ imageConfiguration: ORIGINAL });
  // Opening the page records the create as the first revision.
  await page.goto(servicePath(service));
  await expect(page.getByTestId("service-status")).toHaveText("Running");
  await page.getByRole("link", { name: "Edit configuration" }).click();
  await expect(page).toHaveURL(at(editPath(service, "source")));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    `Edit ${service.ServiceName}`,
  );

  await page.getByRole("button", { name: "Next: Build and run" }).click();
  await expect(page).toHaveURL(at(editPath(service, "build")));
  await expect(page.getByLabel("Port")).toHaveValue("80");
  await expect(page.getByLabel("Name of variable 1")).toHaveValue("LOG_LEVEL");
  await page.getByLabel("Port").fill("8080");
  await page.getByLabel("Value of variable 1").fill("debug");
  await nextTo(page, service, "review");

  // Exactly the two changes, was → now, and a request with nothing else in it.
  await expect(page.getByRole("heading", { level: 2, name: "2 changes" })).toBeVisible();
  await expect(changes(page)).toHaveCount(2);
  await expectChange(page, "build.port", "Port", "80", "8080");
  await expectChange(page, "build.env.LOG_LEVEL", "Variable LOG_LEVEL", "info", "debug");
  const request = (await requestJson(page, "The UpdateService request")) as Record<string, never>;
  expect(Object.keys(request).sort()).toEqual(["ServiceArn", "SourceConfiguration"]);
  expect(request).toMatchObject({
    ServiceArn: service.ServiceArn,
    SourceConfiguration: {
      ImageRepository: {
        ImageConfiguration: { Port: "8080", RuntimeEnvironmentVariables: { LOG_LEVEL: "debug" } },
      },
    },
  });
  await page.screenshot({ path: "docs/screenshots/edit-review.png", fullPage: true });

  await page.getByRole("button", { name: "Apply 2 changes" }).click();
  await expectFollowedToRunning(page, service);
  await expect(configValue(page, "Build and run", "Port")).toHaveText("8080");
  await expect(configValue(page, "Build and run", "Environment variables")).toHaveText(
    "LOG_LEVEL=debug",
  );
  expect(imageConfiguration(await describeService(apprunner, service))).toEqual({
    Port: "8080",
    RuntimeEnvironmentVariables: { LOG_LEVEL: "debug" },
  });

  // History: the create and the update, the newest saying what it changed.
  const history = `${servicePath(service)}/history`;
  await page.goto(history);
  await expect(page).toHaveURL(at(history));
  const revisions = page.getByRole("article");
  await expect(revisions).toHaveCount(2);
  const [newest, oldest] = [revisions.nth(0), revisions.nth(1)];
  await expect(newest.getByRole("heading", { level: 3 })).toContainText("Configuration update");
  await expect(newest.getByRole("listitem")).toHaveCount(2);
  await expect(newest).toContainText("Port: 80 → 8080");
  await expect(newest).toContainText("Variable LOG_LEVEL: info → debug");
  await expect(oldest.getByRole("heading", { level: 3 })).toContainText("Create service");

  // Restoring the create's configuration is an edit whose review shows the way back.
  await oldest.getByRole("button", { name: "Restore this configuration" }).click();
  await expect(page).toHaveURL(at(editPath(service, "review")));
  await expect(page.getByTestId("restore-note")).toContainText("Restoring the configuration");
  await expect(page.getByRole("heading", { level: 2, name: "2 changes" })).toBeVisible();
  await expect(changes(page)).toHaveCount(2);
  await expectChange(page, "build.port", "Port", "8080", "80");
  await expectChange(page, "build.env.LOG_LEVEL", "Variable LOG_LEVEL", "debug", "info");
  await page.getByRole("button", { name: "Apply 2 changes" }).click();
  await expectFollowedToRunning(page, service);
  await expect(configValue(page, "Build and run", "Port")).toHaveText("80");
  await expect(configValue(page, "Build and run", "Environment variables")).toHaveText(
    "LOG_LEVEL=info",
  );
  expect(imageConfiguration(await describeService(apprunner, service))).toEqual(ORIGINAL);
  expect(await countUpdates(apprunner, service)).toBe(2);
});

test("what UpdateService can't change is read-only with the reason; no axe findings", async ({
  page,
  apprunner,
}) => {
  const service = await apprunner.runningService();
  await page.goto(editPath(service, "source"));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Source");

  // "In SourceConfiguration, you can't switch your source type from code to image or the other
  // way around." (App Runner developer guide, Configuring an App Runner service)
  const type = page.getByRole("group", { name: "Repository type", exact: true });
  await expect(type).toContainText("Container image");
  await expect(type).toHaveAccessibleDescription(
    "Can't be changed. App Runner can't switch a service between an image and a code repository: create a new service for the other kind.",
  );
  await expect(page.getByRole("radio", { name: "Source code" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // "You can't change the name or the encryption configuration of the service. These can be set
  // only when you create the service." (UpdateService, App Runner API reference)
  await goToStep(page, service, "service");
  const name = page.getByRole("group", { name: "Service name", exact: true });
  await expect(name).toContainText(service.ServiceName!);
  await expect(name).toHaveAccessibleDescription(
    "Can't be changed. App Runner never renames a service: UpdateService has no ServiceName.",
  );
  await expect(page.getByRole("textbox", { name: "Service name" })).toHaveCount(0);
  await expect(page.getByRole("group", { name: "Encryption", exact: true })).toContainText(
    "Can't be changed.",
  );
  await expectNoAxeViolations(page);

  // The review with a change in it, so the change list is checked too.
  await goToStep(page, service, "build");
  await page.getByLabel("Port").fill("8080");
  await goToStep(page, service, "review");
  await expect(page.getByRole("heading", { level: 2, name: "1 change" })).toBeVisible();
  await expectChange(page, "build.port", "Port", "80", "8080");
  await expectNoAxeViolations(page);
});

test("Edit is disabled with the reason while an operation runs, and the edit won't open", async ({
  page,
  apprunner,
}) => {
  const service = await apprunner.runningService();
  const arn = service.ServiceArn!;
  // An operation lasts a couple of seconds here: the page is checked as the server sends it.
  await apprunner.client.send(new StartDeploymentCommand({ ServiceArn: arn }));
  await page.goto(servicePath(service), { waitUntil: "commit" });
  const busyEdit = page.getByRole("button", { name: "Edit configuration" });
  await expect(busyEdit).toBeDisabled();
  await expect(busyEdit).toHaveAccessibleDescription("An operation is in progress.");
  // Once the deployment ends, the page offers Edit again without a reload.
  await expect(page.getByRole("link", { name: "Edit configuration" })).toBeVisible({
    timeout: 20_000,
  });

  await apprunner.client.send(new StartDeploymentCommand({ ServiceArn: arn }));
  await page.goto(editPath(service, "source"), { waitUntil: "commit" });
  await expect(
    page.getByRole("heading", { level: 1, name: `${service.ServiceName} can't be edited now` }),
  ).toBeVisible();
  await expect(
    page.getByRole("alert").filter({ hasText: "An operation is in progress." }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: `Back to ${service.ServiceName}` })).toHaveAttribute(
    "href",
    servicePath(service),
  );
  await expect(page.getByLabel("Container image URI")).toHaveCount(0);
  await apprunner.waitForStatus(arn, "RUNNING");
});

test("a change made elsewhere meanwhile is caught, kept, and the edit applies on top of it", async ({
  page,
  apprunner,
}) => {
  const service = await apprunner.runningService({ imageConfiguration: ORIGINAL });
  await page.goto(editPath(service, "build"));
  await expect(page.getByLabel("Port")).toHaveValue("80");
  await page.getByLabel("Port").fill("8080");
  await nextTo(page, service, "review");
  await expect(page.getByRole("heading", { level: 2, name: "1 change" })).toBeVisible();

  // Someone else adds a variable while this review is open.
  const elsewhere = {
    Port: "80",
    RuntimeEnvironmentVariables: { LOG_LEVEL: "info", FEATURE_FLAGS: "beta" },
  };
  await apprunner.updateImageConfiguration(service.ServiceArn!, elsewhere);
  const updatesBefore = await countUpdates(apprunner, service);

  await page.getByRole("button", { name: "Apply 1 change" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Nothing was changed" })).toContainText(
    "Nothing was changed: the service was updated elsewhere.",
  );
  await expect(page).toHaveURL(at(editPath(service, "review")));
  await expect(
    page.getByRole("status").filter({ hasText: "The service was changed elsewhere" }),
  ).toBeVisible();
  expect(await countUpdates(apprunner, service)).toBe(updatesBefore);

  // Still just my port; the other variable is the new base, not a change to undo.
  await expect(page.getByRole("heading", { level: 2, name: "1 change" })).toBeVisible();
  await expect(changes(page)).toHaveCount(1);
  await expectChange(page, "build.port", "Port", "80", "8080");
  await expect(page.locator('[data-field="build.env.FEATURE_FLAGS"]')).toHaveCount(0);
  expect(await requestJson(page, "The UpdateService request")).toMatchObject({
    SourceConfiguration: {
      ImageRepository: {
        ImageConfiguration: {
          Port: "8080",
          RuntimeEnvironmentVariables: elsewhere.RuntimeEnvironmentVariables,
        },
      },
    },
  });

  await page.getByRole("button", { name: "Apply 1 change" }).click();
  await expectFollowedToRunning(page, service);
  expect(imageConfiguration(await describeService(apprunner, service))).toEqual({
    ...elsewhere,
    Port: "8080",
  });
});

test("a failed create offers Fix and retry; removing the outcome tag and retrying reaches RUNNING", async ({
  page,
  apprunner,
}) => {
  const created = await apprunner.createService({ outcome: "fail-health-check" });
  const service = await apprunner.waitForStatus(created.ServiceArn!, "CREATE_FAILED");
  await page.goto(servicePath(service));
  await expect(page.getByTestId("service-status")).toHaveText("Create failed");
  await expect(page.getByRole("region", { name: /Failed during: Health check/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit configuration" })).toHaveCount(0);
  await page.getByRole("link", { name: "Fix and retry" }).click();
  await expect(page).toHaveURL(at(editPath(service, "source")));

  await nextTo(page, service, "service");
  await expect(page.getByLabel("Key of tag 1")).toHaveValue("emulator:outcome");
  await page.getByRole("button", { name: "Remove tag 1" }).click();
  await expect(page.getByLabel("Key of tag 1")).toHaveCount(0);
  await page.getByRole("button", { name: "Next: Review" }).click();
  await expect(page).toHaveURL(at(editPath(service, "review")));

  await expect(page.getByRole("heading", { level: 2, name: "1 change" })).toBeVisible();
  await expect(changes(page)).toHaveCount(1);
  await expectChange(
    page,
    "service.tags.emulator:outcome",
    "Tag emulator:outcome",
    "fail-health-check",
    "removed",
  );
  // The tag goes first, then the update that retries the deployment.
  expect(await requestJson(page, "The requests, in order")).toEqual([
    { UntagResource: { ResourceArn: service.ServiceArn, TagKeys: ["emulator:outcome"] } },
    { UpdateService: { ServiceArn: service.ServiceArn } },
  ]);

  await page.getByRole("button", { name: "Apply 1 change and retry" }).click();
  await expectFollowedToRunning(page, service);
  const { Tags } = await apprunner.client.send(
    new ListTagsForResourceCommand({ ResourceArn: service.ServiceArn }),
  );
  expect(Tags ?? []).toEqual([]);
  expect((await describeService(apprunner, service)).Status).toBe("RUNNING");
});

test("a double click on Apply makes one UpdateService", async ({ page, apprunner }) => {
  const service = await apprunner.runningService();
  await page.goto(editPath(service, "build"));
  await page.getByLabel("Port").fill("8081");
  await goToStep(page, service, "review");
  await expect(page.getByRole("heading", { level: 2, name: "1 change" })).toBeVisible();
  expect(await countUpdates(apprunner, service)).toBe(0);

  await page.getByRole("button", { name: "Apply 1 change" }).dblclick();
  await expectFollowedToRunning(page, service);
  await apprunner.waitForStatus(service.ServiceArn!, "RUNNING");
  // "On a successful call, you can use the returned OperationId and the ListOperations call to
  // track the operation's progress." (UpdateService, App Runner API reference)
  expect(await countUpdates(apprunner, service)).toBe(1);
  await expect(
    page.getByRole("region", { name: "Activity" }).locator('tr[data-operation="UPDATE_SERVICE"]'),
  ).toHaveCount(1);
  // App Runner refuses a second update while the first runs, so the operations alone can't tell
  // a joined second click from a refused one; the service's audit entries can: one, not two.
  await page.reload();
  const recent = page.getByTestId("recent-changes").getByRole("listitem");
  await expect(recent).toHaveCount(1);
  await expect(recent).toContainText(/^Edit service by .*, went through\.$/);
});
