/**
 * The same calls through the `aws` CLI and boto3 — other clients, other serialisers — with only
 * `--endpoint-url` pointing at the emulator. Skipped, with a notice, where they are not installed.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { CreateServiceCommand } from "@aws-sdk/client-apprunner";
import { afterAll, describe, expect, it } from "vitest";

import { FAKE_CREDENTIALS, TEST_REGION } from "../support/clients";
import { uniqueName } from "../support/names";
import { boto3Python } from "../support/resource-clients";
import { publicImageService } from "../support/service-requests";
import { emulatorForFile } from "../support/emulator-for-file";
import { cliCredentials, timeoutOnTarget } from "../support/target";
import { waitForServiceStatus } from "../support/wait-for";

const scratch = mkdtempSync(path.join(tmpdir(), "runnerdeck-cli-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Fake keys and no profile files, so nothing from the machine's own AWS setup leaks in. */
const cliEnv: NodeJS.ProcessEnv = {
  ...process.env,
  ...cliCredentials(scratch, FAKE_CREDENTIALS),
  AWS_DEFAULT_REGION: TEST_REGION,
  AWS_REGION: TEST_REGION,
  AWS_EC2_METADATA_DISABLED: "true",
  AWS_PAGER: "",
  AWS_MAX_ATTEMPTS: "1",
};

function available(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { env: cliEnv, encoding: "utf8", timeout: 30_000 });
  return !result.error && result.status === 0;
}

const hasAws = available("aws", ["--version"]);
if (!hasAws) console.warn("[aws-cli.test] no `aws` CLI on PATH: skipping the aws CLI tests");
if (!boto3Python)
  console.warn(
    "[aws-cli.test] no python3 (PATH or /usr/bin) imports boto3: skipping the boto3 tests",
  );
else console.info(`[aws-cli.test] boto3 through ${boto3Python}`);

type Run = { status: number | null; stdout: string; stderr: string };

/** Async so the emulator (in another process) and the test runner stay responsive. */
function run(command: string, args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: cliEnv });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

const ctx = emulatorForFile({ operationMs: 300 });

async function aws(...args: string[]): Promise<Record<string, unknown>> {
  const result = await run("aws", [...args, "--endpoint-url", ctx.endpoint, "--output", "json"]);
  expect(result.status, `aws ${args.join(" ")}\n${result.stderr}`).toBe(0);
  return result.stdout.trim() ? (JSON.parse(result.stdout) as Record<string, unknown>) : {};
}

describe.skipIf(!hasAws)("aws CLI", () => {
  it(
    "create-service --cli-input-json, then list-services and describe-service",
    async () => {
      const name = uniqueName("cli");
      const input = path.join(scratch, `${name}.json`);
      writeFileSync(
        input,
        JSON.stringify({
          ...publicImageService(name, [{ Key: "via", Value: "aws-cli" }]),
          InstanceConfiguration: { Cpu: "0.25 vCPU", Memory: "0.5 GB" },
        }),
      );
      const created = await aws(
        "apprunner",
        "create-service",
        "--cli-input-json",
        `file://${input}`,
      );
      const service = created.Service as Record<string, unknown>;
      expect(service.Status).toBe("OPERATION_IN_PROGRESS");
      expect(service.InstanceConfiguration).toMatchObject({ Cpu: "256", Memory: "512" });
      expect(created.OperationId).toMatch(/^[0-9a-f-]{36}$/);
      // CLI v1 prints the epoch seconds as sent; v2 prints ISO 8601. Either way: now.
      const createdAt =
        typeof service.CreatedAt === "number"
          ? service.CreatedAt * 1000
          : Date.parse(String(service.CreatedAt));
      expect(Math.abs(createdAt - Date.now())).toBeLessThan(120_000);

      // Every page: an account may hold more than one page of services.
      const summaries: { ServiceName: string }[] = [];
      let token: unknown;
      do {
        const next = typeof token === "string" ? ["--next-token", token] : [];
        const listed = await aws("apprunner", "list-services", ...next);
        summaries.push(...(listed.ServiceSummaryList as { ServiceName: string }[]));
        token = listed.NextToken;
      } while (token);
      expect(summaries.map((s) => s.ServiceName)).toContain(name);

      const arn = String(service.ServiceArn);
      const { appRunner } = ctx;
      await waitForServiceStatus(appRunner, arn, "RUNNING");
      const described = await aws("apprunner", "describe-service", "--service-arn", arn);
      expect((described.Service as Record<string, unknown>).Status).toBe("RUNNING");

      const tags = await aws("apprunner", "list-tags-for-resource", "--resource-arn", arn);
      expect(tags.Tags).toEqual([{ Key: "via", Value: "aws-cli" }]);
    },
    timeoutOnTarget(60_000),
  );

  it(
    "shows the error code and the member for a refused request",
    async () => {
      const input = path.join(scratch, "bad.json");
      const bad = publicImageService(uniqueName("clibad"));
      bad.SourceConfiguration!.ImageRepository!.ImageIdentifier = "nginx:latest";
      writeFileSync(input, JSON.stringify(bad));
      const result = await run("aws", [
        "apprunner",
        "create-service",
        "--cli-input-json",
        `file://${input}`,
        "--endpoint-url",
        ctx.endpoint,
      ]);
      expect(result.status).not.toBe(0);
      expect(result.stderr).toMatch(/InvalidRequestException/);
      expect(result.stderr).toMatch(/imageIdentifier/i);
    },
    timeoutOnTarget(30_000),
  );

  it(
    "reads the event log with aws logs get-log-events and filter-log-events",
    async () => {
      const { Service } = await ctx.appRunner.send(
        new CreateServiceCommand(publicImageService(uniqueName("clilogs"))),
      );
      const running = await waitForServiceStatus(ctx.appRunner, Service!.ServiceArn!, "RUNNING");
      const group = `/aws/apprunner/${running.ServiceName}/${running.ServiceId}/service`;
      const events = await aws(
        "logs",
        "get-log-events",
        "--log-group-name",
        group,
        "--log-stream-name",
        "events",
        "--start-from-head",
      );
      const messages = (events.events as { message: string }[]).map((e) => e.message);
      expect(messages.some((m) => m.includes("Service status is set to RUNNING."))).toBe(true);
      expect(events.nextForwardToken).toBeTruthy();

      const filtered = await aws(
        "logs",
        "filter-log-events",
        "--log-group-name",
        group,
        "--filter-pattern",
        "Health",
      );
      const matches = (filtered.events as { message: string }[]).map((e) => e.message);
      expect(matches.length).toBeGreaterThan(0);
      for (const message of matches) expect(message).toContain("Health");

      const groups = await aws("logs", "describe-log-groups", "--log-group-name-prefix", group);
      expect((groups.logGroups as { logGroupName: string }[]).map((g) => g.logGroupName)).toEqual([
        group,
      ]);
    },
    timeoutOnTarget(60_000),
  );
});

describe.skipIf(!boto3Python)("boto3", () => {
  it(
    "creates, lists and is refused the way botocore expects",
    async () => {
      const name = uniqueName("boto");
      const script = `
import json, sys, boto3, botocore
client = boto3.client("apprunner", endpoint_url=sys.argv[1], region_name=${JSON.stringify(TEST_REGION)},
    config=botocore.config.Config(retries={"max_attempts": 1}))
out = {}
created = client.create_service(**json.loads(sys.argv[2]))
out["status"] = created["Service"]["Status"]
out["created_type"] = type(created["Service"]["CreatedAt"]).__name__
out["names"], token = [], {}
while token is not None:
    page = client.list_services(**token)
    out["names"] += [s["ServiceName"] for s in page["ServiceSummaryList"]]
    token = {"NextToken": page["NextToken"]} if page.get("NextToken") else None
try:
    client.create_service(**json.loads(sys.argv[2]))
    out["duplicate"] = "accepted"
except botocore.exceptions.ClientError as error:
    out["duplicate"] = error.response["Error"]["Code"]
try:
    client.describe_service(ServiceArn=created["Service"]["ServiceArn"] + "0")
    out["missing"] = "found"
except botocore.exceptions.ClientError as error:
    out["missing"] = error.response["Error"]["Code"]
print(json.dumps(out))
`;
      const result = await run(boto3Python!, [
        "-c",
        script,
        ctx.endpoint,
        JSON.stringify(publicImageService(name)),
      ]);
      expect(result.status, result.stderr).toBe(0);
      const out = JSON.parse(result.stdout) as Record<string, unknown>;
      expect(out.status).toBe("OPERATION_IN_PROGRESS");
      expect(out.created_type).toBe("datetime");
      expect(out.names).toContain(name);
      expect(out.duplicate).toBe("InvalidRequestException");
      expect(["ResourceNotFoundException", "InvalidRequestException"]).toContain(out.missing);
    },
    timeoutOnTarget(60_000),
  );
});
