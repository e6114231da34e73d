import {
  CreateConnectionCommand,
  CreateServiceCommand,
  ListConnectionsCommand,
} from "@aws-sdk/client-apprunner";

import { expect, test } from "./fixtures/apprunner";
import { expectNoAxeViolations } from "./fixtures/axe";
import { deleteToList, openPath, submitCreate } from "./resources-helpers";

test("the navigation leads to every resource page", async ({ page }) => {
  await openPath(page, "/services");
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const [label, path, heading] of [
    ["Connections", "/connections", "Connections"],
    ["Auto scaling", "/auto-scaling", "Auto scaling configurations"],
    ["VPC", "/vpc", "VPC"],
    ["Observability", "/observability", "Observability configurations"],
  ] as const) {
    await nav.getByRole("link", { name: label, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole("heading", { level: 1, name: heading, exact: true })).toBeVisible();
    await expect(nav.getByRole("link", { name: label, exact: true })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expectNoAxeViolations(page);
  }
});

test("a connection is created, becomes Available on its own, and is deleted", async ({
  page,
  apprunner,
}) => {
  const name = apprunner.uniqueName("conn").slice(0, 32);
  await openPath(page, "/connections");
  await page.getByLabel("Connection name").fill(name);
  await page.getByLabel("Provider").selectOption({ label: "Bitbucket" });
  await submitCreate(page, "Create connection", `/connections/${name}`);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  // The emulator finishes the handshake by itself; the page follows without a reload.
  await expect(page.getByTestId("connection-status")).toHaveText("Available");
  await expect(page.getByText("Bitbucket", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("main").getByRole("link", { name: "Connections", exact: true }).click();
  await expect(page).toHaveURL(/\/connections$/);
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name }) });
  await expect(row).toContainText("Available");
  await expectNoAxeViolations(page);

  await row.getByRole("link", { name }).click();
  await expect(page).toHaveURL(new RegExp(`/connections/${name}$`));
  await deleteToList(page, page, { name, button: "Delete connection", list: "/connections" });
});

test("a bad connection name is refused at its field, with focus on the problems", async ({
  page,
}) => {
  await openPath(page, "/connections");
  await page.getByLabel("Connection name").fill("a!");
  await page.getByRole("button", { name: "Create connection" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "it could not be done" });
  await expect(summary).toBeFocused();
  await expect(page.getByLabel("Connection name")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Connection name")).toHaveValue("a!");
  await expect(page).toHaveURL(/\/connections$/);
});

test("a connection a service is built through can't be deleted, and says which service", async ({
  page,
  apprunner,
}) => {
  const name = apprunner.uniqueName("conn").slice(0, 32);
  const { Connection: connection } = await apprunner.client.send(
    new CreateConnectionCommand({ ConnectionName: name, ProviderType: "GITHUB" }),
  );
  const arn = connection!.ConnectionArn!;
  // App Runner builds from a connection only once its handshake is done (the emulator's own).
  await expect
    .poll(async () => {
      const { ConnectionSummaryList } = await apprunner.client.send(
        new ListConnectionsCommand({ ConnectionName: name }),
      );
      return ConnectionSummaryList?.[0]?.Status;
    })
    .toBe("AVAILABLE");
  const serviceName = apprunner.uniqueName("built");
  await apprunner.client.send(
    new CreateServiceCommand({
      ServiceName: serviceName,
      SourceConfiguration: {
        AuthenticationConfiguration: { ConnectionArn: arn },
        CodeRepository: {
          RepositoryUrl: "https://github.com/example-org/python-hello",
          SourceCodeVersion: { Type: "BRANCH", Value: "main" },
          CodeConfiguration: { ConfigurationSource: "REPOSITORY" },
        },
      },
    }),
  );

  await openPath(page, `/connections/${name}`);
  await expect(page.getByRole("link", { name: serviceName })).toBeVisible();
  const remove = page.getByRole("button", { name: "Delete connection" });
  await expect(remove).toBeDisabled();
  await expect(remove).toHaveAccessibleDescription(
    new RegExp(`^Service ${serviceName} uses this connection`),
  );
  await expectNoAxeViolations(page);
});
