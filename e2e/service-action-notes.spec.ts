import { DeleteServiceCommand } from "@aws-sdk/client-apprunner";

import { expect, noteOrStatus, openRunningService, servicePath, test } from "./fixtures/apprunner";

test("the pause note goes once the service shows Paused, the delete note once it shows Deleted", async ({
  page,
  apprunner,
}) => {
  const service = await openRunningService(page, apprunner);
  const status = page.getByTestId("service-status");
  const note = page.getByTestId("action-result");
  await expect(status).toHaveText("Running");

  await page.getByRole("button", { name: "Pause", exact: true }).click();
  // The note shows until the status catches up; when the stream brings the end of the operation
  // before the action's answer (a busy machine), the note is never shown, which is also right.
  await expect
    .poll(() => noteOrStatus(page), { timeout: 20_000 })
    .toMatch(/^(Pausing the service\.|Paused)$/);
  await expect(status).toHaveText("Paused", { timeout: 20_000 });
  await expect(note).not.toContainText("Pausing the service.");

  await page.getByRole("button", { name: "Delete", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: `Delete ${service.ServiceName}?` });
  await dialog.getByLabel(/Type .* to confirm/).fill(service.ServiceName!);
  await dialog.getByRole("button", { name: "Delete service" }).click();
  await expect
    .poll(() => noteOrStatus(page), { timeout: 20_000 })
    .toMatch(/^(Deleting the service\.|Deleted)$/);
  await expect(status).toHaveText("Deleted", { timeout: 20_000 });
  await expect(note).not.toContainText("Deleting the service.");
});

test("while an operation runs, its reason is said once and describes every button", async ({
  page,
  apprunner,
}) => {
  const service = await apprunner.createService();
  // Held at the state the server rendered (creating): the shared stream and the polls are cut,
  // as the operation would end within seconds, sooner than a loaded machine can check four buttons.
  await page.route(/\/api\/(live|services\/(events|snapshot))\b/, (route) => route.abort());
  await page.goto(servicePath(service));
  await expect(page.getByTestId("service-status")).toHaveText("Operation in progress");
  const actions = page.getByRole("region", { name: "Actions" });
  await expect(actions.getByText("An operation is in progress.")).toHaveCount(1);
  for (const name of ["Deploy", "Pause", "Resume", "Delete"]) {
    const button = actions.getByRole("button", { name, exact: true });
    await expect(button).toBeDisabled();
    await expect(button).toHaveAccessibleDescription("An operation is in progress.");
  }
});

test("reasons that differ stay beside their buttons; the deleted service's is said once", async ({
  page,
  apprunner,
}) => {
  const service = await openRunningService(page, apprunner);
  const actions = page.getByRole("region", { name: "Actions" });
  await page.getByRole("button", { name: "Pause", exact: true }).click();
  await expect(page.getByTestId("service-status")).toHaveText("Paused", { timeout: 20_000 });
  await expect(
    actions.getByRole("button", { name: "Deploy", exact: true }),
  ).toHaveAccessibleDescription("A paused service can't deploy. Resume it first.");
  await expect(
    actions.getByRole("button", { name: "Pause", exact: true }),
  ).toHaveAccessibleDescription("The service is already paused.");

  await apprunner.client.send(new DeleteServiceCommand({ ServiceArn: service.ServiceArn }));
  // The page learns of a change made elsewhere at the hub's next stable-state poll (12 s).
  await expect(page.getByTestId("service-status")).toHaveText("Deleted", { timeout: 30_000 });
  await expect(actions.getByText("The service is deleted.")).toHaveCount(1);
  for (const name of ["Deploy", "Pause", "Resume", "Delete"]) {
    await expect(actions.getByRole("button", { name, exact: true })).toHaveAccessibleDescription(
      "The service is deleted.",
    );
  }
});
