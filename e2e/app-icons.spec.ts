import { expect, test } from "@playwright/test";

test("every page links an icon that answers, and /favicon.ico answers too", async ({
  page,
  request,
}) => {
  await page.goto("/services");
  await expect(page).toHaveURL(/\/services$/);
  const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(href).toBeTruthy();
  const icon = await request.get(href!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/");

  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toContain("image/");

  const appleHref = await page.locator('link[rel="apple-touch-icon"]').getAttribute("href");
  expect((await request.get(appleHref!)).status()).toBe(200);
});
