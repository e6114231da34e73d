/**
 * Which App Runner the conformance suite talks to. By default each test file starts its own
 * emulator; with `CONFORMANCE_TARGET=aws` the same tests run against real AWS (or, with
 * `CONFORMANCE_ENDPOINT`, against any endpoint that answers as AWS does — the parity dry run
 * points it at a recording proxy). Nothing here imports vitest: the config and the global
 * teardown read it too.
 *
 * Settings (environment):
 * - `CONFORMANCE_TARGET`: `emulator` (default) or `aws`.
 * - `AWS_REGION` / `AWS_DEFAULT_REGION`: the region on AWS (required there).
 * - `CONFORMANCE_ENDPOINT`: an endpoint URL instead of the region's own (AWS only).
 * - `CONFORMANCE_SKIP_SLOW=1`: skip what costs real money or minutes on AWS (services waited to
 *   RUNNING, many services).
 * - `CONFORMANCE_POLL_MS`: the interval between status polls on AWS (5,000 unless given).
 * - `CONFORMANCE_RUN_PREFIX`: the prefix of every name the run creates (`rdc-<random>-` unless
 *   given; the vitest config picks one per run and hands it to every worker).
 * - `CONFORMANCE_RUN_DIR`: where workers note the ARNs they create, for the global teardown.
 */
import { randomBytes } from "node:crypto";

export type TargetKind = "emulator" | "aws";

function targetOf(value: string | undefined): TargetKind {
  if (value === undefined || value === "" || value === "emulator") return "emulator";
  if (value === "aws") return "aws";
  throw new Error(`CONFORMANCE_TARGET must be "emulator" or "aws", not ${JSON.stringify(value)}`);
}

export const TARGET: TargetKind = targetOf(process.env.CONFORMANCE_TARGET);

/** True when the suite runs against AWS (or an endpoint standing in for it). */
export const isAws = TARGET === "aws";

/** The region of the AWS run, from the environment as the SDK reads it. */
export function awsRegion(): string {
  const region = process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION;
  if (!region)
    throw new Error("CONFORMANCE_TARGET=aws needs a region: set AWS_REGION or AWS_DEFAULT_REGION");
  return region;
}

/** `CONFORMANCE_ENDPOINT`, or undefined for the region's own App Runner and Logs endpoints. */
export function awsEndpoint(): string | undefined {
  return process.env.CONFORMANCE_ENDPOINT || undefined;
}

export function newRunPrefix(): string {
  return `rdc-${randomBytes(4).toString("hex").slice(0, 6)}-`;
}

let fallbackPrefix: string | undefined;

/**
 * The prefix of every resource name this run creates on AWS, so the teardown finds them and
 * nothing else in the account. Empty against the emulator (names stay as the tests wrote them).
 */
export function runPrefix(): string {
  if (!isAws) return "";
  const given = process.env.CONFORMANCE_RUN_PREFIX;
  if (given) {
    if (!/^[A-Za-z0-9][A-Za-z0-9_-]{0,15}$/.test(given))
      throw new Error(
        "CONFORMANCE_RUN_PREFIX must start with a letter or digit and have at most 16 of [A-Za-z0-9_-]",
      );
    return given;
  }
  fallbackPrefix ??= newRunPrefix();
  return fallbackPrefix;
}

/** True when tests marked slow on AWS are to be skipped. */
export const skipSlow = isAws && process.env.CONFORMANCE_SKIP_SLOW === "1";

/** Why tests were skipped on this target, for the run's summary. */
export const skipReasons: { kind: "emulator-only" | "slow"; reason: string }[] = [];

/**
 * For `it.skipIf(emulatorOnly("why"))`: true (skip) on AWS. For tests that use what only the
 * emulator has — its admin endpoints, fault injection, outcome tags that force failures,
 * restarts, quota flags, fake clocks, unsigned or fake-signed raw requests.
 */
export function emulatorOnly(reason: string): boolean {
  if (isAws) skipReasons.push({ kind: "emulator-only", reason });
  return isAws;
}

/**
 * For `it.skipIf(slowOnAws("why"))`: true (skip) on AWS with `CONFORMANCE_SKIP_SLOW=1`. For tests
 * that cost real money or minutes there: a service waited to RUNNING (a few minutes and
 * billed while it runs), many services at once.
 */
export function slowOnAws(reason: string): boolean {
  if (skipSlow) skipReasons.push({ kind: "slow", reason });
  return skipSlow;
}

/**
 * How long to wait for a status on this target: as asked against the emulator; on AWS at least
 * 20 minutes (a service takes minutes to create, delete or deploy).
 */
export function waitBudget(timeoutMs: number, intervalMs: number) {
  if (!isAws) return { timeoutMs, intervalMs };
  const pollMs = Number(process.env.CONFORMANCE_POLL_MS ?? 5_000);
  return {
    timeoutMs: Math.max(timeoutMs, 20 * 60_000),
    intervalMs: Math.max(intervalMs, Number.isFinite(pollMs) ? pollMs : 5_000),
  };
}

/**
 * A test's or hook's own timeout: as written against the emulator; on AWS, where it waits for real
 * work, at least the run's test timeout (`CONFORMANCE_TEST_TIMEOUT_MS`, 30 minutes unless given).
 */
export function timeoutOnTarget(ms: number): number {
  if (!isAws) return ms;
  return Math.max(ms, Number(process.env.CONFORMANCE_TEST_TIMEOUT_MS ?? 30 * 60_000));
}

/** For a test or hook that needs up to a minute against the emulator: `}, LONG_TEST_MS);`. */
export const LONG_TEST_MS = timeoutOnTarget(60_000);

/**
 * The credential part of the environment of an `aws` CLI or boto3 child: against the emulator,
 * fake keys and no profile files (nothing of the machine's own AWS setup leaks in); on AWS,
 * nothing, so they find the run's credentials as the SDK did.
 */
export function cliCredentials(
  scratch: string,
  fake: { accessKeyId: string; secretAccessKey: string },
): Record<string, string> {
  if (isAws) return {};
  return {
    AWS_ACCESS_KEY_ID: fake.accessKeyId,
    AWS_SECRET_ACCESS_KEY: fake.secretAccessKey,
    AWS_CONFIG_FILE: `${scratch}/no-config`,
    AWS_SHARED_CREDENTIALS_FILE: `${scratch}/no-credentials`,
  };
}
