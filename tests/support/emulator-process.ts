/**
 * Starts the emulator as a separate process, exactly as a person would (`node --import tsx
 * emulator/main.ts --port 0 ...`), and reads its endpoint from the one line it prints. Used by
 * the conformance tests and the benchmarks; it imports nothing from vitest so both can use it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The account the tests start the emulator with, so ARNs and cross-account rules are known. */
export const TEST_ACCOUNT_ID = "123456789012";

export type EmulatorOptions = {
  /** Total time one operation takes; short so lifecycle tests finish quickly. */
  operationMs?: number;
  /** Reuse a data directory (restart tests); a fresh temp directory otherwise. */
  dataDir?: string;
  accountId?: string;
  /**
   * `simulate` (the default here) reaches RUNNING on a timer with made-up repositories, as the
   * older suites expect; `run` builds and runs code services from `reposDir`.
   */
  codeServices?: "run" | "simulate";
  /** `--repos-dir` for `run`: where `https://<host>/<owner>/<repo>` repositories are. */
  reposDir?: string;
  /** `--repo-poll-ms`: how often automatic deployments look for a new commit. */
  repoPollMs?: number;
  /** Extra flags, e.g. `["--max-services", "2"]`. */
  args?: string[];
  /** Node arguments that run it: the source through tsx unless given (the bench runs the build). */
  entry?: string[];
  startTimeoutMs?: number;
};

export type EmulatorProcess = {
  /** `http://127.0.0.1:<port>`; changes after `restart()` because each start picks a free port. */
  readonly endpoint: string;
  readonly dataDir: string;
  readonly accountId: string;
  readonly pid: number | undefined;
  /** Stops the process (SIGTERM by default) and waits for it to exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** Starts it again on the same data directory and resolves with the new endpoint. */
  restart(): Promise<string>;
  /** Stops it and removes the data directory if this harness created it. */
  dispose(): Promise<void>;
  /** What the process wrote to stderr (kept for failure messages). */
  stderr(): string;
};

const ENDPOINT_LINE = /(http:\/\/[^\s"']+)/;

type Running = { child: ChildProcess; endpoint: string; exited: Promise<void> };

function launch(
  entry: string[],
  args: string[],
  startTimeoutMs: number,
  onStderr: (chunk: string) => void,
): Promise<Running> {
  const child = spawn(process.execPath, [...entry, ...args], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.stderr!.setEncoding("utf8");
  child.stderr!.on("data", onStderr);

  return new Promise((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      child.kill("SIGKILL");
      reject(new Error(`emulator printed no endpoint within ${startTimeoutMs} ms`));
    }, startTimeoutMs);
    // Keep reading stdout after the endpoint line: a full pipe would block the emulator.
    const lines = createInterface({ input: child.stdout! });
    lines.on("line", (line) => {
      const match = ENDPOINT_LINE.exec(line);
      if (settled || !match?.[1]) return;
      settled = true;
      clearTimeout(timer);
      resolve({ child, endpoint: match[1].replace(/\/+$/, ""), exited });
    });
    child.once("exit", (code, signal) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(new Error(`emulator exited (${signal ?? code}) before printing its endpoint`));
    });
  });
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<EmulatorProcess> {
  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), "runnerdeck-emulator-"));
  const accountId = options.accountId ?? TEST_ACCOUNT_ID;
  const args = [
    "--port",
    "0",
    "--data-dir",
    dataDir,
    "--operation-ms",
    String(options.operationMs ?? 400),
    "--account-id",
    accountId,
    "--code-services",
    options.codeServices ?? "simulate",
    ...(options.reposDir === undefined ? [] : ["--repos-dir", options.reposDir]),
    ...(options.repoPollMs === undefined ? [] : ["--repo-poll-ms", String(options.repoPollMs)]),
    ...(options.args ?? []),
  ];
  const entry = options.entry ?? ["--import", "tsx", "emulator/main.ts"];
  const startTimeoutMs = options.startTimeoutMs ?? 30_000;
  let stderr = "";
  const onStderr = (chunk: string) => {
    stderr = (stderr + chunk).slice(-20_000);
  };

  let running: Running | undefined;
  // A crash mid-test shows up as refused connections; say why, once, where the tests print.
  const reportCrash = (current: Running) => {
    current.child.once("exit", (code, signal) => {
      if (running !== current) return;
      console.error(
        `emulator (pid ${current.child.pid}) exited unexpectedly (${signal ?? code})\n--- stderr ---\n${stderr.slice(-4_000)}`,
      );
    });
  };
  try {
    running = await launch(entry, args, startTimeoutMs, onStderr);
    reportCrash(running);
  } catch (error) {
    if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true });
    throw new Error(`${(error as Error).message}\n--- emulator stderr ---\n${stderr}`);
  }

  async function stop(signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
    const current = running;
    if (!current) return;
    running = undefined;
    if (current.child.exitCode === null && current.child.signalCode === null) {
      current.child.kill(signal);
      const force = setTimeout(() => current.child.kill("SIGKILL"), 5_000);
      await current.exited;
      clearTimeout(force);
    }
  }

  return {
    get endpoint() {
      if (!running) throw new Error("the emulator is stopped");
      return running.endpoint;
    },
    dataDir,
    accountId,
    get pid() {
      return running?.child.pid;
    },
    stop,
    async restart() {
      await stop();
      running = await launch(entry, args, startTimeoutMs, onStderr);
      reportCrash(running);
      return running.endpoint;
    },
    async dispose() {
      await stop();
      if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true });
    },
    stderr: () => stderr,
  };
}
