import { expect, test } from "@playwright/test";

import { errorSummary } from "./wizard-helpers";

test.setTimeout(120_000);

/** A request with one tag more than App Runner allows on a service. */
const request = JSON.stringify({
  ServiceName: "tagged-web",
  SourceConfiguration: {
    ImageRepository: {
      ImageIdentifier: "public.ecr.aws/nginx/nginx:latest",
      ImageRepositoryType: "ECR_PUBLIC",
    },
    AutoDeploymentsEnabled: false,
  },
  Tags: Array.from({ length: 51 }, (_, i) => ({ Key: `team-${i}`, Value: "web" })),
});

test("the 51st tag is refused at the tags list, which offers no more", async ({ page }) => {
  await page.goto("/services/new");
  await page.getByLabel("CreateService request or DescribeService output").fill(request);
  await page.getByRole("button", { name: "Import" }).click();
  await page.getByRole("button", { name: "Continue to the wizard" }).click();
  await expect(page).toHaveURL(/\/services\/new\/source$/);
  await page.getByRole("link", { name: "Service", exact: true }).click();
  await expect(page).toHaveURL(/\/services\/new\/service$/);

  const tags = page.getByRole("group", { name: "Tags (optional)" });
  const add = tags.getByRole("button", { name: "Add tag" });
  await expect(add).toBeDisabled();
  await expect(add).toHaveAccessibleDescription("App Runner allows at most 50 tags on a service.");

  await page.getByRole("button", { name: /^Next:/ }).click();
  const summary = errorSummary(page);
  await expect(summary).toBeFocused();
  const problem = /at most 50 tags on a service; remove 1/;
  await summary.getByRole("link", { name: problem }).click();
  await expect(tags).toBeFocused();
  await expect(tags).toHaveAccessibleDescription(problem);

  // Removing one fixes it as typed; 50 is the limit, so "Add tag" returns only below it.
  await tags.getByRole("button", { name: "Remove tag 51" }).click();
  await expect(errorSummary(page)).toHaveCount(0);
  await expect(add).toBeDisabled();
  await tags.getByRole("button", { name: "Remove tag 50" }).click();
  await expect(add).toBeEnabled();
});
