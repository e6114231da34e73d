/**
 * The parity switch's dry run (issue 12): the conformance suite run with CONFORMANCE_TARGET=aws
 * against a stand-in for AWS — a recording proxy in front of a fresh emulator, fake credentials,
 * a region and an account the tests do not assume — plus one file that fails half-way on
 * purpose (fixtures/fails-midway.ts). Then: every call was an App Runner or CloudWatch Logs
 * operation of the models in reference/aws/ (no /__emulator path, no emulator tag or header),
 * every resource created was named with the run prefix and none is left (every resource type
 * listed through the emulator directly), and the suite ran and passed but for the fixture.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { readModel } from "../support/aws-model";
import { findByPrefix, type Created } from "../support/aws-resources";
import { makeClients } from "../support/clients";
import { REPO_ROOT, startEmulator, type EmulatorProcess } from "../support/emulator-process";
import { newRunPrefix } from "../support/target";
import { startRecordingProxy, type RecordedCall, type RecordingProxy } from "./recording-proxy";

/** Not the emulator's defaults (us-east-1, 123456789012): nothing may assume them. */
const REGION = "eu-west-1";
const ACCOUNT = "555566667777";
/** The suite has far more tests than this; fewer means files were left out or skipped. */
const MIN_PASSED = 150;
const FIXTURE = "tests/parity/fixtures/fails-midway.ts";

type Report = {
  numTotalTests: number;
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: {
    name: string;
    status: string;
    message?: string;
    assertionResults: { fullName: string; status: string; failureMessages: string[] }[];
  }[];
};

type Run = { code: number | null; output: string; report: Report; ms: number };

let emulator: EmulatorProcess;
let proxy: RecordingProxy;
let scratch: string;
let run: Run;
const prefix = newRunPrefix();

function runSuite(endpoint: string): Promise<Run> {
  const env: Record<string, string | undefined> = {};
  // The child is a fresh vitest, not a worker of this one; and no AWS setup of the machine.
  for (const [key, value] of Object.entries(process.env))
    if (!/^(VITEST|AWS_|CONFORMANCE_)/.test(key) && key !== "NODE_OPTIONS") env[key] = value;
  Object.assign(env, {
    CONFORMANCE_TARGET: "aws",
    CONFORMANCE_ENDPOINT: endpoint,
    CONFORMANCE_RUN_PREFIX: prefix,
    CONFORMANCE_RUN_DIR: scratch,
    CONFORMANCE_DRY_RUN_FIXTURE: "1",
    // The emulator answers in milliseconds: poll fast, give up fast.
    CONFORMANCE_POLL_MS: "40",
    CONFORMANCE_TEST_TIMEOUT_MS: "120000",
    CONFORMANCE_TEARDOWN_TIMEOUT_MS: "30000",
    AWS_REGION: REGION,
    AWS_DEFAULT_REGION: REGION,
    AWS_ACCESS_KEY_ID: "AKIAIOSFODNN7EXAMPLE",
    AWS_SECRET_ACCESS_KEY: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    AWS_CONFIG_FILE: path.join(scratch, "no-config"),
    AWS_SHARED_CREDENTIALS_FILE: path.join(scratch, "no-credentials"),
    AWS_EC2_METADATA_DISABLED: "true",
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
  });
  const reportFile = path.join(scratch, "report.json");
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        path.join(REPO_ROOT, "node_modules", "vitest", "vitest.mjs"),
        "run",
        "--reporter=dot",
        "--maxWorkers=2",
        "--reporter=json",
        `--outputFile.json=${reportFile}`,
      ],
      { cwd: REPO_ROOT, env: env as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"] },
    );
    let output = "";
    child.stdout.on(
      "data",
      (chunk: Buffer) => (output = (output + chunk.toString()).slice(-60_000)),
    );
    child.stderr.on(
      "data",
      (chunk: Buffer) => (output = (output + chunk.toString()).slice(-60_000)),
    );
    child.on("error", reject);
    child.on("close", (code) => {
      try {
        const report = JSON.parse(readFileSync(reportFile, "utf8")) as Report;
        resolve({ code, output, report, ms: Date.now() - started });
      } catch (error) {
        reject(new Error(`the suite wrote no report (${String(error)}):\n${output}`));
      }
    });
  });
}

beforeAll(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), "runnerdeck-dry-run-"));
  emulator = await startEmulator({ operationMs: 800, accountId: ACCOUNT });
  proxy = await startRecordingProxy(emulator.endpoint);
  run = await runSuite(proxy.endpoint);
}, 590_000);

afterAll(async () => {
  await proxy?.close();
  await emulator?.dispose();
  rmSync(scratch, { recursive: true, force: true });
});

const relative = (file: string) => path.relative(REPO_ROOT, file);

describe("the conformance suite against a recording stand-in for AWS", () => {
  it("makes only App Runner and CloudWatch Logs calls of the AWS models", () => {
    const operations = new Set([
      ...Object.keys(readModel("apprunner").operations).map((op) => `AppRunner.${op}`),
      ...Object.keys(readModel("logs").operations).map((op) => `Logs_20140328.${op}`),
    ]);
    const calls = proxy.calls;
    const wrong = (call: RecordedCall) =>
      call.method !== "POST" ||
      call.path !== "/" ||
      !operations.has(call.target ?? "") ||
      call.headerNames.some((name) => /emulator/i.test(name)) ||
      call.emulatorStrings.length > 0 ||
      !call.region;
    const seen = new Set(calls.map((call) => call.target));
    console.log(
      `[dry run] ${calls.length} calls, ${seen.size} operations, regions ${[...new Set(calls.map((c) => c.region))].join(", ")}; ` +
        `${run.report.numPassedTests} passed, ${run.report.numFailedTests} failed, ` +
        `${run.report.numPendingTests + run.report.numTodoTests} skipped of ${run.report.numTotalTests} in ${Math.round(run.ms / 1000)} s`,
    );
    expect(calls.length).toBeGreaterThan(100);
    expect(
      calls.filter(wrong).map(({ method, path, target, emulatorStrings }) => ({
        method,
        path,
        target,
        emulatorStrings,
      })),
    ).toEqual([]);
  });

  it("names every resource it creates with the run prefix, in the run's region and account", () => {
    const names = [
      "ServiceName",
      "ConnectionName",
      "AutoScalingConfigurationName",
      "ObservabilityConfigurationName",
      "VpcConnectorName",
      "VpcIngressConnectionName",
    ];
    const created = proxy.calls.filter(
      (call) => call.status === 200 && /^AppRunner\.Create/.test(call.target ?? ""),
    );
    expect(created.length).toBeGreaterThan(20);
    // Two kinds of name can't carry the prefix: a revision of the account's own
    // DefaultConfiguration, and a name at the 4-character minimum. The clients note their ARNs,
    // so the teardown deletes them all the same (checked below).
    const exempt = (name: string) => name === "DefaultConfiguration" || name.length < 8;
    const unprefixed = created.flatMap((call) => {
      const body = call.body as Record<string, unknown>;
      return names
        .map((member) => body[member])
        .filter(
          (name): name is string =>
            typeof name === "string" && !name.startsWith(prefix) && !exempt(name),
        );
    });
    expect(unprefixed).toEqual([]);
    const foreign = created.filter((call) => !call.responseBody.includes(`:${ACCOUNT}:`));
    expect(foreign.map((call) => call.target)).toEqual([]);
  });

  it("leaves nothing behind, the deliberately failed test's resources included", async () => {
    const regions = new Set(proxy.calls.map((call) => call.region).filter(Boolean) as string[]);
    const left: Created[] = [];
    for (const region of regions) {
      const { appRunner } = makeClients(emulator.endpoint, region);
      // Everything in the account, not only the prefixed: the emulator started empty.
      const all = await findByPrefix(appRunner, "");
      appRunner.destroy();
      left.push(...all.filter((item) => !item.arn.includes("/DefaultConfiguration/")));
    }
    expect(left).toEqual([]);
    // The fixture did create its resources before failing: two services, a domain, a connection,
    // two auto scaling revisions, an observability configuration, a connector, an untracked one.
    const fixtureCreates = proxy.calls.filter(
      (call) =>
        call.status === 200 &&
        /^AppRunner\.(Create|Associate)/.test(call.target ?? "") &&
        /"(fixture|untracked)/.test(JSON.stringify(call.body).replace(prefix, "")),
    );
    expect(fixtureCreates.length).toBe(9);
    const teardown = JSON.parse(readFileSync(path.join(scratch, "teardown.json"), "utf8")) as {
      noted: number;
      foundByPrefix: number;
      left: unknown[];
    };
    // The untracked connection of the fixture was there for the search by prefix to find.
    expect(teardown.foundByPrefix).toBeGreaterThan(0);
    expect(teardown.left).toEqual([]);
  });

  it("ran the suite and passed it, but for the deliberately failing fixture", () => {
    const failed = run.report.testResults.flatMap((file) => [
      ...(file.status === "failed" && file.assertionResults.length === 0
        ? [`${relative(file.name)}: ${file.message ?? "failed"}`]
        : []),
      ...file.assertionResults
        .filter((test) => test.status === "failed")
        .map((test) => `${relative(file.name)} › ${test.fullName}`),
    ]);
    expect(failed, run.output.slice(-20_000)).toEqual([
      `${FIXTURE} › creates one of everything, then fails before cleaning up (on purpose)`,
    ]);
    expect(run.report.numPassedTests).toBeGreaterThan(MIN_PASSED);
    expect(run.code).not.toBe(0);
  });
});
