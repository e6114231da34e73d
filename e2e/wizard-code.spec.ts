import { expect, test } from "@playwright/test";

import { expectNoAxeViolations } from "./fixtures/axe";
import { next, uniqueName } from "./wizard-helpers";

test.setTimeout(180_000);

test("a code service with a connection created inline and a pasted .env", async ({ page }) => {
  const name = uniqueName("py-e2e");
  const connection = uniqueName("gh").slice(0, 30);
  await page.goto("/services/new");
  await page.getByRole("button", { name: "Start blank" }).click();
  await expect(page).toHaveURL(/\/services\/new\/source$/);

  await page.getByRole("radio", { name: "Source code" }).check();
  await page.getByRole("button", { name: "Create connection" }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel("Connection name").fill(connection);
  await page.getByLabel("Provider").selectOption("GITHUB");
  await page.getByRole("button", { name: "Create", exact: true }).click();
  // The new connection is chosen, and becomes available once its handshake finishes.
  const picker = page.getByLabel("Connection", { exact: true });
  await expect(picker.locator("option:checked")).toHaveText(new RegExp(`^${connection} \\(GitHub`));
  // On the emulator there is no provider to send anyone to: the note says what is true there.
  const note = page.getByText(/On the local emulator there is no provider/);
  await expect(note).toBeVisible();
  await expect(note).toContainText("finishes by itself");
  await expect(page.getByText(/finish the handshake with your provider/)).toHaveCount(0);
  await expect(picker.locator("option:checked")).toHaveText(/available\)$/, { timeout: 30_000 });
  await page.getByLabel("Repository URL").fill("https://github.com/my-account/python-hello");
  await expect(page.getByLabel("Branch")).toHaveValue("main");

  await next(page, "Build and run");
  await page.getByLabel("Runtime").selectOption({ label: "Python 3.11" });
  await page.getByLabel("Build command (optional)").fill("pip install -r requirements.txt");
  await page.getByLabel("Start command").fill("python server.py");

  await page.getByRole("button", { name: "Paste .env" }).click();
  await page
    .getByLabel("Contents of a .env file")
    .fill('# app\nLOG_LEVEL=info\nexport GREETING="hello world"\nAPI_TOKEN=abc123\nnonsense\n');
  await expect(page.getByRole("heading", { name: "Preview: 3 variables" })).toBeVisible();
  await expect(page.getByText("Skipped 1 line(s)")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Add 3 variables" }).click();
  await expect(page.getByLabel("Name of variable 2")).toHaveValue("GREETING");
  await expect(page.getByLabel("Value of variable 2")).toHaveValue("hello world");
  // A plain variable named like a secret gets a nudge; taking it makes the row a secret reference.
  await expect(page.getByText("API_TOKEN looks like a secret.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "make it a secret reference" }).click();
  await expect(page.getByLabel("Kind of variable 3")).toHaveValue("secret");
  await page
    .getByLabel("Secret reference of variable 3")
    .fill("arn:aws:secretsmanager:us-east-1:123456789012:secret:api-token-AbCdEf");

  await next(page, "Instance");
  const scaling = uniqueName("busy").slice(0, 30);
  await page.getByRole("button", { name: "Create auto scaling configuration" }).click();
  await page.getByLabel("Name", { exact: true }).fill(scaling);
  await page.getByLabel("Max concurrency").fill("50");
  await page.getByLabel("Max size").fill("4");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Create", exact: true }).click();
  await expect(page.getByRole("radio", { name: "A configuration of mine" })).toBeChecked();
  await expect(page.getByLabel("Auto scaling configuration").locator("option:checked")).toHaveText(
    `${scaling} (revision 1)`,
  );
  await next(page, "Network");
  await next(page, "Health check");
  await next(page, "Service");
  await page.getByLabel("Service name").fill(name);
  await next(page, "Review");

  const request = page.getByLabel("CreateService request as JSON");
  await expect(request).toContainText('"Runtime": "PYTHON_311"');
  await expect(request).toContainText('"LOG_LEVEL": "info"');
  await expect(request).toContainText('"API_TOKEN": "arn:aws:secretsmanager:');
  await expect(request).toContainText(`connection/${connection}/`);
  await expect(request).toContainText(`autoscalingconfiguration/${scaling}/1/`);
  await page.getByRole("button", { name: "Create service" }).click();
  await expect(page).toHaveURL(new RegExp(`/services/${name}/[0-9a-f]{32}$`), { timeout: 30_000 });
});
