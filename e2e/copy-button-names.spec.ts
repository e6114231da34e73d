import { AssociateCustomDomainCommand } from "@aws-sdk/client-apprunner";

import { expect, servicePath, test } from "./fixtures/apprunner";

test("each DNS record's Copy buttons name the record they copy from", async ({
  page,
  apprunner,
}) => {
  const service = await apprunner.runningService();
  await apprunner.client.send(
    new AssociateCustomDomainCommand({
      ServiceArn: service.ServiceArn!,
      DomainName: "names.example.com",
      EnableWWWSubdomain: false,
    }),
  );
  await page.goto(servicePath(service));
  await expect(page).toHaveURL(new RegExp(`${servicePath(service)}$`));
  const section = page.getByRole("region", { name: "Custom domains" });
  const validation = section
    .getByTestId("dns-record")
    .filter({ hasText: "Validates the certificate" })
    .first();
  const recordName = (await validation.locator("code").first().textContent())!;
  expect(recordName).toMatch(/^_/);
  // Several records each have "Copy value": a screen reader user hears which one.
  await expect(
    validation.getByRole("button", { name: `Copy value of ${recordName}`, exact: true }),
  ).toBeVisible();
  await expect(
    validation.getByRole("button", { name: `Copy name of ${recordName}`, exact: true }),
  ).toBeVisible();
});
