import { readFileSync } from "node:fs";
import { join } from "node:path";

import { expect, test } from "./fixtures/apprunner";
import { next } from "./wizard-helpers";

test.setTimeout(120_000);

const DRAFT_KEY = "runnerdeck:wizard-draft:v1";

/** A draft with something typed into it, saved, and the start page open again. */
async function draftInProgress(page: import("@playwright/test").Page) {
  await page.goto("/services/new");
  await page.getByRole("button", { name: "Use preset: Go container from private ECR" }).click();
  await next(page, "Build and run");
  await page.getByLabel("Start command").fill("./server --keep-me");
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key) ?? "", DRAFT_KEY))
    .toContain("--keep-me");
  await page.goto("/services/new");
  await expect(page.getByRole("heading", { name: "Your draft" })).toBeVisible();
}

test("Start blank over a draft asks first; keeping it (by keyboard) changes nothing", async ({
  page,
}) => {
  await draftInProgress(page);
  await page.getByRole("button", { name: "Start blank" }).focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Replace your draft?" });
  await expect(dialog).toBeVisible();
  // The safe answer has the focus, so Enter or Escape never loses work.
  await expect(dialog.getByRole("button", { name: "Keep draft" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/services\/new$/);
  await expect(page.getByRole("button", { name: "Start blank" })).toBeFocused();
  expect(await page.evaluate((key) => localStorage.getItem(key) ?? "", DRAFT_KEY)).toContain(
    "--keep-me",
  );

  await page.getByRole("link", { name: "Continue draft" }).click();
  await expect(page).toHaveURL(/\/services\/new\/build$/);
  await expect(page.getByLabel("Start command")).toHaveValue("./server --keep-me");
});

test("Import over a draft asks first; replacing it takes the import", async ({ page }) => {
  await draftInProgress(page);
  const example = readFileSync(
    join(process.cwd(), "reference/aws/apprunner/examples/image-repository-request.json"),
    "utf8",
  );
  await page.getByLabel("CreateService request or DescribeService output").fill(example);
  await page.getByRole("button", { name: "Import" }).click();
  const dialog = page.getByRole("dialog", { name: "Replace your draft?" });
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: "Replace draft" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  await expect(page.getByText("Imported. 2 fixes made:")).toBeVisible();
  await page.getByRole("button", { name: "Continue to the wizard" }).click();
  await expect(page).toHaveURL(/\/services\/new\/source$/);
  await next(page, "Build and run");
  await expect(page.getByLabel("Start command")).not.toHaveValue("./server --keep-me");
  await expect(page.getByLabel("Name of variable 1")).toHaveValue("NAME");
});

test("Duplicate over a draft asks first, with both answers", async ({ page, apprunner }) => {
  const source = await apprunner.createService();
  await draftInProgress(page);
  const url = `/services/new?from=${encodeURIComponent(source.ServiceArn!)}`;

  await page.goto(url);
  const dialog = page.getByRole("dialog", { name: "Replace your draft?" });
  await expect(dialog).toContainText(`a copy of ${source.ServiceName}`);
  await dialog.getByRole("button", { name: "Keep draft" }).click();
  await expect(page).toHaveURL(/\/services\/new$/);
  await page.getByRole("link", { name: "Continue draft" }).click();
  await expect(page.getByLabel("Start command")).toHaveValue("./server --keep-me");

  await page.goto(url);
  await page
    .getByRole("dialog", { name: "Replace your draft?" })
    .getByRole("button", {
      name: "Replace draft",
    })
    .click();
  await expect(page).toHaveURL(/\/services\/new\/source$/);
  await expect(page.getByLabel("Container image URI")).toHaveValue(
    "public.ecr.aws/nginx/nginx:latest",
  );
});

test("with no draft, starting asks nothing", async ({ page }) => {
  await page.goto("/services/new");
  await page.getByRole("button", { name: "Start blank" }).click();
  await expect(page).toHaveURL(/\/services\/new\/source$/);
});
