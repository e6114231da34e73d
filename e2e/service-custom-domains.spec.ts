import { expectNoAxeViolations } from "./fixtures/axe";
import { expect, openRunningService, test } from "./fixtures/apprunner";

test("associate a domain with www., copy its DNS records, see it reach Active live, disassociate it", async ({
  page,
  context,
  apprunner,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const service = await openRunningService(page, apprunner);
  const section = page.getByRole("region", { name: "Custom domains" });
  await expect(section).toContainText("None yet");
  // Set before anything happens: still there at the end means the page never reloaded.
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));

  await section.getByLabel("Domain name").fill("app.example.com");
  await section.getByLabel("Also associate the www. subdomain").check();
  await section.getByRole("button", { name: "Associate domain" }).click();
  await expect(section.getByText("app.example.com is being associated.")).toBeVisible();

  const domain = section
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: "app.example.com", exact: true }) });
  await expect(domain).toContainText("Also serves www.app.example.com.");
  const records = domain.getByTestId("dns-record");
  // The domain and its www. routed to the service, and one certificate record for each.
  await expect(records).toHaveCount(4);
  const routes = records.filter({ hasText: "to the service" });
  await expect(routes).toHaveCount(2);
  for (const route of await routes.all()) {
    await expect(route).toContainText("CNAME");
    await expect(route).toContainText(service.ServiceUrl!);
  }
  const validations = records.filter({ hasText: "Validates the certificate" });
  await expect(validations).toHaveCount(2);
  await expect(validations.first()).toContainText(/Pending validation|Validated/);
  await expect(validations.first()).toContainText("acm-validations.aws");

  await routes.first().getByRole("button", { name: "Copy value" }).click();
  await expect(routes.first().getByText("Copied")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(service.ServiceUrl);
  await expect(validations.first().getByRole("button", { name: "Copy name" })).toBeVisible();

  await expectNoAxeViolations(page);

  await expect(domain.getByTestId("domain-status")).toHaveText("Active", { timeout: 20_000 });
  for (const record of await validations.all()) await expect(record).toContainText("Validated");
  await section.screenshot({ path: "docs/screenshots/custom-domains.png" });
  expect(await page.evaluate(() => "sameDocument" in window)).toBe(true);

  await domain.getByRole("button", { name: "Disassociate" }).click();
  const dialog = page.getByRole("dialog", { name: "Disassociate app.example.com?" });
  await expect(dialog).toContainText("www.app.example.com");
  await dialog.getByRole("button", { name: "Disassociate" }).click();
  await expect(dialog).toBeHidden();
  await expect(domain).toHaveCount(0, { timeout: 20_000 });
  await expect(section).toContainText("None yet");
});

test("at 360 px a long domain wraps; a bad name and App Runner's refusal are shown at the field", async ({
  page,
  apprunner,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await openRunningService(page, apprunner);
  const section = page.getByRole("region", { name: "Custom domains" });
  const name = section.getByLabel("Domain name");

  await name.fill("bad_domain!.example.com");
  await section.getByRole("button", { name: "Associate domain" }).click();
  await expect(name).toHaveAccessibleDescription(/Enter a domain name such as www\.example\.com/);
  await expect(name).toBeFocused();

  const long = "a-rather-long-subdomain-label-for-checking-the-wrap.another-long-label.example.com";
  await name.fill(long);
  await section.getByRole("button", { name: "Associate domain" }).click();
  const domain = section
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: long, exact: true }) });
  await expect(domain.getByTestId("dns-record")).toHaveCount(2);

  await name.fill(long);
  await section.getByRole("button", { name: "Associate domain" }).click();
  await expect(name).toHaveAccessibleDescription(/is already associated with service/);

  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
});
