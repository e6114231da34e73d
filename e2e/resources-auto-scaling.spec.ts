import {
  CreateAutoScalingConfigurationCommand,
  ListAutoScalingConfigurationsCommand,
  UpdateDefaultAutoScalingConfigurationCommand,
} from "@aws-sdk/client-apprunner";

import { expect, servicePath, test } from "./fixtures/apprunner";
import { expectNoAxeViolations } from "./fixtures/axe";
import { confirmDelete, createServiceUsing, openPath, submitCreate } from "./resources-helpers";

test("an auto scaling configuration is created, then a second revision of it", async ({
  page,
  apprunner,
}) => {
  const name = apprunner.uniqueName("asc").slice(0, 32);
  await openPath(page, "/auto-scaling");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Max concurrency").fill("50");
  await page.getByLabel("Min size").fill("2");
  await page.getByLabel("Max size").fill("5");
  await submitCreate(page, "Create configuration", `/auto-scaling/${name}`);
  const first = page.getByRole("region", { name: /^Revision 1/ });
  await expect(first).toContainText("50");
  await expect(first.getByText("None", { exact: true })).toBeVisible();

  await page.getByLabel("Max size").fill("10");
  await page.getByRole("button", { name: "Create revision" }).click();
  const second = page.getByRole("region", { name: /^Revision 2/ });
  await expect(second).toContainText("(latest)");
  await expect(second).toContainText("10");
  await expect(page.getByRole("region", { name: /^Revision 1/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // The list has every revision, not only the latest.
  await page.getByRole("main").getByRole("link", { name: "Auto scaling configurations" }).click();
  await expect(page).toHaveURL(/\/auto-scaling$/);
  await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
  const rows = page.getByRole("row").filter({ hasText: name });
  await expect(rows).toHaveCount(2);

  // An unused revision that is not the default can be deleted.
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/auto-scaling/${name}$`));
  await page.getByRole("button", { name: "Delete revision 1" }).click();
  await confirmDelete(page, name, "Delete revision 1");
  await expect(page.getByRole("region", { name: /^Revision 1/ })).toHaveCount(0);
  await expect(page.getByRole("region", { name: /^Revision 2/ })).toBeVisible();
});

test("the default can't be deleted and says why; Set default moves it", async ({
  page,
  apprunner,
}) => {
  await openPath(page, "/auto-scaling/DefaultConfiguration");
  const builtIn = page.getByRole("region", { name: /^Revision 1/ });
  await expect(builtIn).toContainText("Default");
  const removeBuiltIn = builtIn.getByRole("button", { name: "Delete revision 1" });
  await expect(removeBuiltIn).toBeDisabled();
  await expect(removeBuiltIn).toHaveAccessibleDescription(
    /account's default auto scaling configuration/,
  );
  await expect(builtIn.getByRole("button", { name: "Set revision 1 as default" })).toBeDisabled();
  await expectNoAxeViolations(page);

  const name = apprunner.uniqueName("asc").slice(0, 32);
  await apprunner.client.send(
    new CreateAutoScalingConfigurationCommand({ AutoScalingConfigurationName: name }),
  );
  try {
    await openPath(page, `/auto-scaling/${name}`);
    await page.getByRole("button", { name: "Set revision 1 as default" }).click();
    await expect(page.getByText("This revision is now the default.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Delete revision 1" })).toBeDisabled();

    // Moving the default back frees it again.
    await openPath(page, "/auto-scaling/DefaultConfiguration");
    await page.getByRole("button", { name: "Set revision 1 as default" }).click();
    await expect(page.getByText("This revision is now the default.")).toBeVisible();
    await openPath(page, `/auto-scaling/${name}`);
    await expect(page.getByRole("button", { name: "Delete revision 1" })).toBeEnabled();
  } finally {
    // Other tests' services must get the built-in default again, whatever happened here.
    const { AutoScalingConfigurationSummaryList: all = [] } = await apprunner.client.send(
      new ListAutoScalingConfigurationsCommand({
        AutoScalingConfigurationName: "DefaultConfiguration",
      }),
    );
    const builtInArn = all[0]?.AutoScalingConfigurationArn;
    if (builtInArn)
      await apprunner.client.send(
        new UpdateDefaultAutoScalingConfigurationCommand({
          AutoScalingConfigurationArn: builtInArn,
        }),
      );
  }
});

test("deleting an auto scaling configuration a service uses is refused, with the reason", async ({
  page,
  apprunner,
}) => {
  const name = apprunner.uniqueName("asc").slice(0, 32);
  const { AutoScalingConfiguration: config } = await apprunner.client.send(
    new CreateAutoScalingConfigurationCommand({ AutoScalingConfigurationName: name, MaxSize: 3 }),
  );
  await openPath(page, `/auto-scaling/${name}`);
  const remove = page.getByRole("button", { name: "Delete revision 1" });
  await expect(remove).toBeEnabled();

  // A service takes it while this page is open: App Runner refuses, and says why.
  const service = await createServiceUsing(apprunner, apprunner.uniqueName("asc-user"), {
    autoScalingArn: config!.AutoScalingConfigurationArn,
  });
  await remove.click();
  await confirmDelete(page, name, "Delete revision 1");
  await expect(page.getByRole("dialog").getByRole("alert")).toContainText("services use it");
  await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();

  // Looked at again, Delete is withheld with the reason, and the service is named.
  await page.reload();
  await expect(page).toHaveURL(new RegExp(`/auto-scaling/${name}$`));
  await expect(remove).toBeDisabled();
  await expect(remove).toHaveAccessibleDescription(
    `Service ${service.ServiceName} uses this auto scaling configuration. Give it another auto scaling configuration first.`,
  );
  await page.getByRole("link", { name: service.ServiceName }).click();
  await expect(page).toHaveURL(new RegExp(`${servicePath(service)}$`));
});

test("a name's page shows each revision with the services that use it", async ({
  page,
  apprunner,
}) => {
  const name = apprunner.uniqueName("web-scaling").slice(0, 32);
  const create = (MaxConcurrency: number, MaxSize: number) =>
    apprunner.client.send(
      new CreateAutoScalingConfigurationCommand({
        AutoScalingConfigurationName: name,
        MaxConcurrency,
        MinSize: 1,
        MaxSize,
      }),
    );
  await create(80, 5);
  const { AutoScalingConfiguration: latest } = await create(120, 10);
  const service = await createServiceUsing(apprunner, apprunner.uniqueName("web"), {
    autoScalingArn: latest!.AutoScalingConfigurationArn,
  });

  await openPath(page, `/auto-scaling/${name}`);
  await expect(page.getByText("2 active revisions", { exact: false })).toBeVisible();
  const second = page.getByRole("region", { name: /^Revision 2/ });
  await expect(second.getByRole("link", { name: service.ServiceName })).toBeVisible();
  await expect(second.getByRole("button", { name: "Delete revision 2" })).toBeDisabled();
  const first = page.getByRole("region", { name: /^Revision 1/ });
  await expect(first.getByText("None", { exact: true })).toBeVisible();
  await expect(first.getByRole("button", { name: "Delete revision 1" })).toBeEnabled();
  await page.screenshot({ path: "docs/screenshots/resources.png", fullPage: true });
});
