/**
 * vitest's global setup for `CONFORMANCE_TARGET=aws`: notes the account's default auto scaling
 * configuration before the run, and after it — whatever the tests did, however they failed —
 * deletes everything the run created: the ARNs the workers noted (`created.jsonl` in the run
 * directory) and every resource whose name carries the run prefix. The run fails if anything is
 * left, naming it. A summary is written to `teardown.json` in the run directory.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import {
  AppRunnerClient,
  ListAutoScalingConfigurationsCommand,
  UpdateDefaultAutoScalingConfigurationCommand,
} from "@aws-sdk/client-apprunner";

import { arnParts, deleteResources, findByPrefix, nameInArn, type Created } from "./aws-resources";
import { awsEndpoint, awsRegion, isAws, runPrefix, waitBudget } from "./target";

function clientIn(region: string): AppRunnerClient {
  const endpoint = awsEndpoint();
  return new AppRunnerClient({ region, ...(endpoint ? { endpoint } : {}) });
}

async function defaultAutoScaling(client: AppRunnerClient): Promise<string | undefined> {
  let NextToken: string | undefined;
  do {
    const page = await client.send(
      new ListAutoScalingConfigurationsCommand({ NextToken, LatestOnly: false }),
    );
    const found = page.AutoScalingConfigurationSummaryList?.find((s) => s.IsDefault);
    if (found) return found.AutoScalingConfigurationArn;
    NextToken = page.NextToken;
  } while (NextToken);
  return undefined;
}

function readNoted(runDir: string | undefined): Created[] {
  const file = runDir && path.join(runDir, "created.jsonl");
  if (!file || !existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Created);
}

export default async function setup() {
  if (!isAws) return;
  const region = awsRegion();
  const prefix = runPrefix();
  const runDir = process.env.CONFORMANCE_RUN_DIR;
  const home = clientIn(region);
  const previousDefault = await defaultAutoScaling(home);
  console.log(
    `[conformance] CONFORMANCE_TARGET=aws in ${region}${awsEndpoint() ? ` via ${awsEndpoint()}` : ""}; names start with ${prefix}`,
  );

  return async function teardown() {
    const clients = new Map<string, AppRunnerClient>([[region, home]]);
    const clientFor = (r: string) => {
      const key = r || region;
      if (!clients.has(key)) clients.set(key, clientIn(key));
      return clients.get(key)!;
    };
    const { timeoutMs, intervalMs } = waitBudget(60_000, 100);
    const teardownMs = Number(process.env.CONFORMANCE_TEARDOWN_TIMEOUT_MS ?? timeoutMs);
    const log = (line: string) => console.warn(`[conformance teardown] ${line}`);
    try {
      // A test may have made one of the run's configurations the account's default, which
      // can't be deleted: give the default back first.
      const nowDefault = await defaultAutoScaling(home);
      if (nowDefault && previousDefault && nameInArn(nowDefault).startsWith(prefix)) {
        log(`restoring the default auto scaling configuration ${previousDefault}`);
        await home.send(
          new UpdateDefaultAutoScalingConfigurationCommand({
            AutoScalingConfigurationArn: previousDefault,
          }),
        );
      }
      const noted = readNoted(runDir);
      const regions = new Set([region, ...noted.map((c) => arnParts(c.arn)?.region ?? region)]);
      const prefixed: Created[] = [];
      for (const r of regions) prefixed.push(...(await findByPrefix(clientFor(r), prefix)));
      const result = await deleteResources(clientFor, [...noted, ...prefixed], {
        timeoutMs: teardownMs,
        pollMs: intervalMs,
        log,
      });
      const still: Created[] = [];
      for (const r of regions) still.push(...(await findByPrefix(clientFor(r), prefix)));
      const summary = {
        prefix,
        noted: noted.length,
        foundByPrefix: prefixed.length,
        deleted: result.deleted,
        left: [...result.left.map((l) => l.item), ...still],
      };
      if (runDir) writeFileSync(path.join(runDir, "teardown.json"), JSON.stringify(summary));
      if (summary.left.length > 0)
        throw new Error(
          `the conformance run left ${summary.left.length} resource(s) on AWS:\n` +
            summary.left.map((c) => `  ${c.kind} ${c.arn} ${c.domain ?? ""}`).join("\n"),
        );
      console.log(
        `[conformance] teardown: ${noted.length} resources created; ${prefixed.length} still there after the files' own clean-up, now deleted; none left`,
      );
    } finally {
      for (const client of clients.values()) client.destroy();
    }
  };
}
