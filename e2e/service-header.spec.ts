import { CreateServiceCommand } from "@aws-sdk/client-apprunner";
import type { Locator } from "@playwright/test";

import { expect, openRunningService, servicePath, test } from "./fixtures/apprunner";

// App Runner's own sample image: long enough to need two lines on a phone.
const LONG_IMAGE = "public.ecr.aws/aws-containers/hello-app-runner:latest";

/** The character before each line break of an element's text (empty when it fits one line). */
function charactersBeforeBreaks(target: Locator): Promise<string[]> {
  return target.evaluate((element) => {
    const before: string[] = [];
    let lastTop: number | undefined;
    let previous = "";
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      for (let i = 0; i < text.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const top = range.getBoundingClientRect().top;
        if (lastTop !== undefined && top > lastTop + 2) before.push(previous);
        lastTop = top;
        previous = text[i]!;
      }
    }
    return before;
  });
}

test.describe("on a 360 px phone", () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test("a long image URI wraps after a separator, never mid-word", async ({ page, apprunner }) => {
    const { Service: service } = await apprunner.client.send(
      new CreateServiceCommand({
        ServiceName: apprunner.uniqueName("long-uri"),
        SourceConfiguration: {
          ImageRepository: {
            ImageIdentifier: LONG_IMAGE,
            ImageRepositoryType: "ECR_PUBLIC",
            ImageConfiguration: { Port: "8000" },
          },
          AutoDeploymentsEnabled: false,
        },
      }),
    );
    await page.goto(servicePath(service!));
    const source = page
      .getByRole("term")
      .filter({ hasText: /^Source$/ })
      .locator("xpath=following-sibling::dd[1]");
    await expect(source).toContainText(LONG_IMAGE);
    const breaks = await charactersBeforeBreaks(source);
    expect(breaks.length).toBeGreaterThan(0);
    for (const character of breaks) expect("/:.-_@").toContain(character);
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
  });

  test("the phases are compact rows that say their state in words", async ({ page, apprunner }) => {
    await openRunningService(page, apprunner);
    const phases = page.getByRole("list", { name: "Phases" });
    await expect(phases.getByRole("listitem")).toHaveCount(6);
    for (const item of await phases.getByRole("listitem").all()) {
      await expect(item).toContainText("Done");
    }
    // Six cards took a whole screen; six rows take well under half of one.
    const box = (await phases.boundingBox())!;
    expect(box.height).toBeLessThan(780 / 3);
  });
});

test("on the embedded emulator the Service URL is not a link, and the page says why", async ({
  page,
  apprunner,
}) => {
  const service = await apprunner.createService();
  await page.goto(servicePath(service));
  const url = page
    .getByRole("term")
    .filter({ hasText: /^Service URL$/ })
    .locator("xpath=following-sibling::dd[1]");
  await expect(url).toContainText(service.ServiceUrl!);
  await expect(url.getByRole("link")).toHaveCount(0);
  await expect(url).toContainText(
    "The local emulator simulates this service: its URL does not answer.",
  );
});
