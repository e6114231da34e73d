import { AppRunnerClient } from "@aws-sdk/client-apprunner";
import { expect, type Page } from "@playwright/test";

import { STEPS, type Step } from "../lib/apprunner/form/steps";

import { expectNoAxeViolations } from "./fixtures/axe";

/** A name no other test (or earlier run against the same emulator) uses. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e4)}`.slice(0, 40);
}

/** A real SDK client against the test emulator, for setting the scene (never for assertions on the UI). */
export function emulatorClient(): AppRunnerClient {
  return new AppRunnerClient({
    region: "us-east-1",
    endpoint: `http://127.0.0.1:${process.env.E2E_EMULATOR_PORT}`,
    credentials: { accessKeyId: "e2e", secretAccessKey: "e2e" },
  });
}

/** From the wizard's own list of steps, so a spec naming a step that no longer exists fails to compile. */
export const STEP_TITLES = STEPS.map((s) => s.title);

/** Presses "Next: <title>" and checks the URL and heading of the step it lands on. */
export async function next(page: Page, title: Step["title"], axe = false) {
  await page.getByRole("button", { name: `Next: ${title}` }).click();
  await expect(page).toHaveURL(new RegExp(`${STEPS.find((s) => s.title === title)!.path}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  if (axe) await expectNoAxeViolations(page);
}

/** The error summary at the top of a step (Next injects its own role=alert announcer). */
export function errorSummary(page: Page) {
  return page.getByRole("alert").filter({ has: page.getByRole("heading", { name: /problem/ }) });
}
