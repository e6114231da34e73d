/** Parses the emulator's command line. Pure, so the rules are unit-tested. */
import path from "node:path";

export type Faults = { throttle: number; error: number; latencyMs: number };

export type EmulatorOptions = {
  port: number;
  host: string;
  dataDir: string;
  operationMs: number;
  accountId: string;
  maxServices: number;
  faults: Faults;
  /**
   * `run` builds and runs code-repository services from local git repositories (see
   * docs/emulator-runtime.md); `simulate` reaches RUNNING on a timer as before, for the suites
   * that make up repositories.
   */
  codeServices: "run" | "simulate";
  /** Where `https://<host>/<owner>/<repo>` is looked up; `<data-dir>/repos` unless given. */
  reposDir: string;
  /** How often a branch with automatic deployments is checked for a new commit. */
  repoPollMs: number;
  /**
   * ServiceUrl's form (emulator/proxy/service-urls.ts): `local` (`<id>.<region>.localhost:<port>`,
   * opens in a browser) or `aws` (`<id>.<region>.awsapprunner.com`). Unset: `local` when code
   * services run, `aws` when they are simulated.
   */
  serviceUrls?: "local" | "aws";
  /** How long an instance above MinSize may sit idle before auto scaling stops it. */
  scaleInIdleMs: number;
};

export const USAGE =
  "usage: npm run emulator -- [--port N] [--host H] [--data-dir DIR] [--operation-ms MS] [--account-id 123456789012] [--max-services N] [--faults throttle=0.1,error=0.02,latency=200] [--code-services run|simulate] [--repos-dir DIR] [--repo-poll-ms MS] [--service-urls local|aws] [--scale-in-idle-ms MS]";

export const DEFAULT_OPTIONS: EmulatorOptions = {
  port: 4599,
  host: "127.0.0.1",
  dataDir: ".data/emulator",
  operationMs: 15_000,
  accountId: "123456789012",
  maxServices: 100,
  faults: { throttle: 0, error: 0, latencyMs: 0 },
  codeServices: "run",
  reposDir: "",
  repoPollMs: 2_000,
  scaleInIdleMs: 60_000,
};

export type ParseResult =
  { ok: true; options: EmulatorOptions } | { ok: false; message: string } | { ok: "help" };

function integer(value: string, min: number, max: number): number | undefined {
  if (!/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n >= min && n <= max ? n : undefined;
}

function probability(value: string): number | undefined {
  if (!/^(0(\.\d+)?|1(\.0+)?|\.\d+)$/.test(value)) return undefined;
  return Number(value);
}

export function parseFaults(spec: string): Faults | undefined {
  const faults: Faults = { ...DEFAULT_OPTIONS.faults };
  for (const part of spec.split(",")) {
    if (part === "") continue;
    const [key, value = "", ...rest] = part.split("=");
    if (rest.length > 0) return undefined;
    if (key === "throttle" || key === "error") {
      const p = probability(value);
      if (p === undefined) return undefined;
      faults[key] = p;
    } else if (key === "latency") {
      const ms = integer(value, 0, 60_000);
      if (ms === undefined) return undefined;
      faults.latencyMs = ms;
    } else return undefined;
  }
  return faults;
}

type Setter = (options: EmulatorOptions, value: string) => boolean;

/** A setter that stores what `parse` makes of the value; `undefined` means the value is bad. */
function setter<K extends keyof EmulatorOptions>(
  key: K,
  parse: (value: string) => EmulatorOptions[K] | undefined,
): Setter {
  return (options, value) => {
    const parsed = parse(value);
    if (parsed === undefined) return false;
    options[key] = parsed;
    return true;
  };
}

function matching(pattern: RegExp): (value: string) => string | undefined {
  return (value) => (pattern.test(value) ? value : undefined);
}

const SETTERS: Record<string, Setter> = {
  "--port": setter("port", (v) => integer(v, 0, 65535)),
  "--host": setter("host", matching(/^[A-Za-z0-9.:[\]-]+$/)),
  "--data-dir": setter("dataDir", (v) => (v === "" ? undefined : v)),
  "--operation-ms": setter("operationMs", (v) => integer(v, 10, 3_600_000)),
  "--account-id": setter("accountId", matching(/^\d{12}$/)),
  "--max-services": setter("maxServices", (v) => integer(v, 0, 1_000_000)),
  "--faults": setter("faults", parseFaults),
  "--code-services": setter("codeServices", (v) =>
    v === "run" || v === "simulate" ? v : undefined,
  ),
  "--repos-dir": setter("reposDir", (v) => (v === "" ? undefined : v)),
  "--repo-poll-ms": setter("repoPollMs", (v) => integer(v, 100, 3_600_000)),
  "--service-urls": setter("serviceUrls", (v) => (v === "local" || v === "aws" ? v : undefined)),
  "--scale-in-idle-ms": setter("scaleInIdleMs", (v) => integer(v, 100, 3_600_000)),
};

export function parseCliOptions(argv: readonly string[]): ParseResult {
  const options: EmulatorOptions = { ...DEFAULT_OPTIONS, faults: { ...DEFAULT_OPTIONS.faults } };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--help" || arg === "-h") return { ok: "help" };
    const eq = arg.indexOf("=");
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const setter = SETTERS[flag];
    if (!setter) return { ok: false, message: `unknown argument ${JSON.stringify(arg)}` };
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) return { ok: false, message: `${flag} needs a value` };
    if (!setter(options, value))
      return { ok: false, message: `bad value for ${flag}: ${JSON.stringify(value)}` };
  }
  if (options.reposDir === "") options.reposDir = path.join(options.dataDir, "repos");
  options.serviceUrls ??= options.codeServices === "run" ? "local" : "aws";
  return { ok: true, options };
}
