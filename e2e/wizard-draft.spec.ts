import { expect, test } from "./fixtures/apprunner";
import { errorSummary, next, uniqueName } from "./wizard-helpers";

test.setTimeout(120_000);

test("a reload mid-way keeps the draft, and Discard draft starts over", async ({ page }) => {
  await page.goto("/services/new");
  await page.getByRole("button", { name: "Use preset: Go container from private ECR" }).click();
  await expect(page).toHaveURL(/\/services\/new\/source$/);
  await next(page, "Build and run");
  await page.getByLabel("Start command").fill("./server --verbose");
  await expect(page.getByText(/Draft saved in this browser at/)).toBeVisible();
  // Give the debounced save its moment, then reload as an accidental refresh would.
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem("runnerdeck:wizard-draft:v1") ?? ""))
    .toContain("./server --verbose");
  await page.reload();
  await expect(page).toHaveURL(/\/services\/new\/build$/);
  await expect(page.getByLabel("Start command")).toHaveValue("./server --verbose");
  await expect(page.getByLabel("Name of variable 1")).toHaveValue("NAME");

  await page.goto("/services/new");
  await expect(page.getByRole("heading", { name: "Your draft" })).toBeVisible();
  // Continue draft returns to the step the person was last on, not to the first one.
  await page.getByRole("link", { name: "Continue draft" }).click();
  await expect(page).toHaveURL(/\/services\/new\/build$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Build and run");
  await expect(page.getByLabel("Start command")).toHaveValue("./server --verbose");
  await page.getByRole("link", { name: "Back" }).click();
  await expect(page).toHaveURL(/\/services\/new\/source$/);
  await expect(page.getByLabel("Container image URI")).toHaveValue(/golang-app:latest$/);

  // Going back a step without typing is remembered too.
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem("runnerdeck:wizard-draft:v1") ?? ""))
    .toContain('"step":"source"');
  await page.goto("/services/new");
  await page.getByRole("link", { name: "Continue draft" }).click();
  await expect(page).toHaveURL(/\/services\/new\/source$/);

  await page.getByRole("button", { name: "Discard draft" }).click();
  await expect(page).toHaveURL(/\/services\/new$/);
  await expect(page.getByRole("heading", { name: "Your draft" })).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem("runnerdeck:wizard-draft:v1"))).toBeNull();
});

test("leaving with input not yet saved asks first; once it is saved, leaving doesn't ask", async ({
  page,
}) => {
  // Hold the page's clock so the debounced save cannot run until the test lets it: the typed
  // text is then "unsaved input" for as long as the test needs.
  await page.clock.install();
  await page.goto("/services/new");
  await page.getByRole("button", { name: "Start blank" }).click();
  await expect(page).toHaveURL(/\/services\/new\/source$/);
  // The step renders once the wizard has loaded; pausing the clock before then could freeze it.
  await expect(page.getByLabel("Container image URI")).toBeEditable();
  await page.clock.pauseAt(Date.now() + 60_000);

  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.type());
    void dialog.dismiss();
  });
  // Real key presses: Chromium only asks before leaving a page the person has interacted with.
  await page.getByLabel("Container image URI").pressSequentially("public.ecr.aws/nginx/nginx");
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => dialogs).toEqual(["beforeunload"]);
  // Dismissing the question keeps the page and what was typed.
  expect(page.isClosed()).toBe(false);
  await expect(page.getByLabel("Container image URI")).toHaveValue("public.ecr.aws/nginx/nginx");

  await page.clock.runFor(1_000);
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem("runnerdeck:wizard-draft:v1") ?? ""))
    .toContain("public.ecr.aws/nginx/nginx");
  const closed = page.waitForEvent("close");
  await page.close({ runBeforeUnload: true });
  await closed;
  expect(dialogs).toEqual(["beforeunload"]);
});

test("a name taken before submit is reported on the name field by the server", async ({
  page,
  apprunner,
}) => {
  const name = uniqueName("taken-e2e");
  await page.goto("/services/new");
  await page.getByRole("button", { name: "Start blank" }).click();
  await page.getByLabel("Container image URI").fill("public.ecr.aws/nginx/nginx:latest");
  for (const step of ["Build and run", "Instance", "Network", "Health check", "Service"] as const)
    await next(page, step);
  await page.getByLabel("Service name").fill(name);
  await expect(page.getByText(`${name} is available.`)).toBeVisible();
  await next(page, "Review");

  // Someone else takes the name while the review page is open.
  await apprunner.createService({ name });
  await page.getByRole("button", { name: "Create service" }).click();
  const summary = errorSummary(page);
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("already exists");
  await expect(page).toHaveURL(/\/services\/new\/review$/);
  await summary.getByRole("link", { name: /already exists/ }).click();
  await expect(page).toHaveURL(/\/services\/new\/service/);
  const field = page.getByLabel("Service name");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(/already exists/);
});
