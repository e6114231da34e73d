import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { defineConfig, devices } from "@playwright/test";

// Workers re-read this file; the environment carries the first reading's choices to them.
process.env.E2E_EMULATOR_PORT ??= "4619";
process.env.E2E_APP_PORT ??= "3109";
process.env.E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), "runnerdeck-e2e-"));
process.env.E2E_OPERATION_MS ??= "2400";
// Test fixtures use the AWS SDK, which warns about Node 20 on every process; keep output readable.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

const emulatorUrl = `http://127.0.0.1:${process.env.E2E_EMULATOR_PORT}`;
const appUrl = `http://127.0.0.1:${process.env.E2E_APP_PORT}`;
const quietEnv = {
  NEXT_TELEMETRY_DISABLED: "1",
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: appUrl,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: [
    {
      command: `node --import tsx emulator/main.ts --port ${process.env.E2E_EMULATOR_PORT} --data-dir ${process.env.E2E_DATA_DIR} --operation-ms ${process.env.E2E_OPERATION_MS} --code-services simulate`,
      url: `${emulatorUrl}/__emulator/health`,
      env: quietEnv,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `node node_modules/next/dist/bin/next start -H 127.0.0.1 -p ${process.env.E2E_APP_PORT}`,
      url: `${appUrl}/services`,
      env: {
        ...quietEnv,
        RUNNERDECK_EMULATOR_ENDPOINT: emulatorUrl,
        // The dashboard's own store (configuration history) lives with this run's data.
        RUNNERDECK_DATA_DIR: join(process.env.E2E_DATA_DIR, "dashboard"),
      },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
