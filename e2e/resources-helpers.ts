import { expect, type Locator, type Page } from "@playwright/test";

import type { AppRunnerFixture } from "./fixtures/apprunner";

/** Opens a page by its path, and checks that it is where the browser is. */
export async function openPath(page: Page, path: string) {
  await page.goto(path);
  await expect(page).toHaveURL(new RegExp(`${path}$`));
}

/** Submits a create form with `button`; the new resource's page opens at `opens`. */
export async function submitCreate(page: Page, button: string, opens: string) {
  await page.getByRole("button", { name: button }).click();
  await expect(page).toHaveURL(new RegExp(`${opens}$`));
}

/**
 * Deletes the resource whose page is open (its `button` within `scope`), confirmed by name; its
 * list at `list` opens, without it.
 */
export async function deleteToList(
  page: Page,
  scope: Page | Locator,
  { name, button, list }: { name: string; button: string; list: string },
) {
  await scope.getByRole("button", { name: button }).click();
  await confirmDelete(page, name, button);
  await expect(page).toHaveURL(new RegExp(`${list}$`));
  // The list itself, not its loading state, in which "no such link" would hold vacuously.
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name })).toHaveCount(0);
}

/** Confirms the open delete dialog by typing the resource's name, as a person would. */
export async function confirmDelete(page: Page, name: string, button: string) {
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await dialog.getByLabel(`Type ${name} to confirm`).fill(name);
  await dialog.getByRole("button", { name: button }).click();
}

/** A service created through the SDK that points at account resources. */
export function createServiceUsing(
  apprunner: AppRunnerFixture,
  name: string,
  uses: {
    autoScalingArn?: string;
    vpcConnectorArn?: string;
    observabilityArn?: string;
  },
) {
  return apprunner.createService({
    name,
    request: {
      AutoScalingConfigurationArn: uses.autoScalingArn,
      NetworkConfiguration: uses.vpcConnectorArn
        ? { EgressConfiguration: { EgressType: "VPC", VpcConnectorArn: uses.vpcConnectorArn } }
        : undefined,
      ObservabilityConfiguration: uses.observabilityArn
        ? { ObservabilityEnabled: true, ObservabilityConfigurationArn: uses.observabilityArn }
        : undefined,
    },
  });
}
