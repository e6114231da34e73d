import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Read as tests/support/target.ts reads them (the config imports no TypeScript modules).
const isAws = process.env.CONFORMANCE_TARGET === "aws";
const skipSlow = isAws && process.env.CONFORMANCE_SKIP_SLOW === "1";

/**
 * Conformance files that cannot, or should not, run against AWS as a whole. Files not listed run
 * there; single tests inside them are marked with `emulatorOnly(...)` / `slowOnAws(...)` from
 * tests/support/target.ts.
 */
type FileMark = { file: string; reason: string };

/** Left out on AWS: what they test exists only in the emulator. */
const EMULATOR_ONLY_FILES: FileMark[] = [
  {
    file: "tests/conformance/admin-and-flags.test.ts",
    reason: "the emulator's /__emulator endpoints, its command-line flags and fault injection",
  },
  {
    file: "tests/conformance/fuzz.test.ts",
    reason: "thousands of malformed, fake-signed bodies and the emulator's health endpoint",
  },
  { file: "tests/conformance/restart.test.ts", reason: "kills and restarts the emulator process" },
  {
    file: "tests/conformance/runtime-*.test.ts",
    reason: "the emulator's --code-services run: local git repositories built and run here",
  },
  {
    file: "tests/conformance/{proxy,scaling,metrics}-*.test.ts",
    reason: "service URLs, auto scaling and ActiveInstances of apps the emulator runs here",
  },
  {
    file: "tests/conformance/quota-and-concurrency.test.ts",
    reason: "quotas set by emulator flags (--max-services) and 100 services at once",
  },
  {
    file: "tests/conformance/deployment-outcomes.test.ts",
    reason: "failures forced with the emulator:outcome tag",
  },
  {
    file: "tests/conformance/protocol.test.ts",
    reason:
      "raw requests with fake or missing SigV4 signatures (AWS checks them) and /__emulator paths",
  },
];

/**
 * Left out on AWS with `CONFORMANCE_SKIP_SLOW=1`: nearly every test waits minutes for a service
 * to be RUNNING (billed while it runs) or creates many services.
 */
const SLOW_ON_AWS_FILES: FileMark[] = [
  {
    file: "tests/conformance/service-lifecycle.test.ts",
    reason: "creates, deploys, pauses, resumes and deletes services, waiting for each",
  },
  {
    file: "tests/conformance/update-service.test.ts",
    reason: "updates RUNNING services and waits for each update",
  },
  {
    file: "tests/conformance/logs.test.ts",
    reason: "reads the logs of a service deployed to RUNNING",
  },
  {
    file: "tests/conformance/pagination.test.ts",
    reason: "23 services at once and 21 deployments of one",
  },
  {
    file: "tests/conformance/custom-domains.test.ts",
    reason: "associates domains with services deployed to RUNNING",
  },
  {
    file: "tests/conformance/service-documented.test.ts",
    reason: "deletes, updates and deploys services waited to RUNNING",
  },
];

const resolve = {
  alias: {
    "@": fileURLToPath(new URL("./", import.meta.url)),
    // `server-only` throws outside a React Server environment; tests run server code directly.
    "server-only": fileURLToPath(new URL("./tests/server-only-stub.ts", import.meta.url)),
  },
};

/**
 * Files that change what the whole account shares — its default auto scaling configuration, and
 * its quota of 10 auto scaling configuration names — run on AWS one at a time, after the rest
 * (which would otherwise see another default, or find the quota taken).
 */
const ACCOUNT_WIDE_FILES = [
  "tests/conformance/auto-scaling.test.ts",
  "tests/conformance/resource-workflow.test.ts",
];

/**
 * With CONFORMANCE_TARGET=aws (tests/support/target.ts) only the conformance suite runs, without
 * the files that test what only the emulator has (and the slow ones with CONFORMANCE_SKIP_SLOW=1):
 * first the rest in parallel, then ACCOUNT_WIDE_FILES one by one. One prefix names everything the
 * run creates, and the global setup deletes it all at the end.
 */
function awsRun() {
  // The global teardown builds SDK clients in this process too.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ||= "true";
  process.env.CONFORMANCE_RUN_PREFIX ||= `rdc-${randomBytes(3).toString("hex")}-`;
  process.env.CONFORMANCE_RUN_DIR ||= mkdtempSync(path.join(tmpdir(), "runnerdeck-conformance-"));
  const timeoutMs = Number(process.env.CONFORMANCE_TEST_TIMEOUT_MS ?? 30 * 60_000);
  const left = [...EMULATOR_ONLY_FILES, ...(skipSlow ? SLOW_ON_AWS_FILES : [])].map((mark) => {
    console.log(`[conformance] not on AWS: ${mark.file} (${mark.reason})`);
    return mark.file;
  });
  const shared = {
    environment: "node" as const,
    env: {
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
      CONFORMANCE_RUN_PREFIX: process.env.CONFORMANCE_RUN_PREFIX,
      CONFORMANCE_RUN_DIR: process.env.CONFORMANCE_RUN_DIR,
    },
    testTimeout: timeoutMs,
    hookTimeout: timeoutMs,
    exclude: ["**/node_modules/**", ...left],
  };
  const serial = ACCOUNT_WIDE_FILES.filter((file) => existsSync(file) && !left.includes(file));
  return {
    projects: [
      {
        resolve,
        test: {
          ...shared,
          name: "aws",
          include: [
            "tests/conformance/**/*.test.ts",
            // The parity dry run's deliberately failing file (tests/parity/dry-run.test.ts).
            ...(process.env.CONFORMANCE_DRY_RUN_FIXTURE === "1"
              ? ["tests/parity/fixtures/*.ts"]
              : []),
          ],
          exclude: [...shared.exclude, ...ACCOUNT_WIDE_FILES],
          // Here only: one teardown, once every project has run.
          globalSetup: ["tests/support/aws-global-setup.ts"],
        },
      },
      ...serial.map((file, i) => ({
        resolve,
        test: {
          ...shared,
          name: `aws-account-wide-${i + 1}`,
          include: [file],
          sequence: { groupOrder: i + 1 },
        },
      })),
    ],
  };
}

export default defineConfig({
  resolve,
  test: {
    include: ["tests/**/*.test.ts", "lib/**/*.test.ts", "emulator/**/*.test.ts"],
    environment: "node",
    // The AWS SDK warns about Node 20 in every process that builds a client; keep output readable.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    ...(isAws ? awsRun() : {}),
  },
});
