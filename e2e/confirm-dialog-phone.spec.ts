import { AssociateCustomDomainCommand } from "@aws-sdk/client-apprunner";

import { expect, servicePath, test } from "./fixtures/apprunner";

test.use({ viewport: { width: 360, height: 780 } });

test("a confirmation's title with a long word wraps inside the dialog on a phone", async ({
  page,
  apprunner,
}) => {
  const service = await apprunner.runningService();
  // One long label: nowhere for ordinary wrapping to break it.
  const domain = "averyveryverylongsubdomainnamewithoutbreaks.example.com";
  await apprunner.client.send(
    new AssociateCustomDomainCommand({
      ServiceArn: service.ServiceArn!,
      DomainName: domain,
      EnableWWWSubdomain: false,
    }),
  );
  await page.goto(servicePath(service));
  await expect(page).toHaveURL(new RegExp(`${servicePath(service)}$`));
  await page.getByRole("button", { name: "Disassociate" }).click();
  const dialog = page.getByRole("dialog", { name: `Disassociate ${domain}?` });
  await expect(dialog).toBeVisible();
  const title = dialog.getByRole("heading", { name: `Disassociate ${domain}?` });
  const overflow = await title.evaluate((h) => h.scrollWidth - h.clientWidth);
  expect(overflow, "the title is cut off or widens the dialog").toBeLessThanOrEqual(0);
  const box = (await dialog.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(360);
});
