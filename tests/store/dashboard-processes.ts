/**
 * Several dashboard processes on one database, for the store's tests. Separate processes,
 * because better-sqlite3 is synchronous: two stores in one process never overlap the way two
 * processes do. They are started (the slow part) before the test, and all given their job at
 * once, so they open the store and record at the same moment.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { fileURLToPath } from "node:url";

const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const DASHBOARD_PROCESS = fileURLToPath(new URL("./dashboard-process.ts", import.meta.url));

export type DashboardJob = {
  options: { databaseUrl?: string; sqliteFile?: string };
  serviceArn: string;
  operations: string[];
};
export type Recorded = { operationId: string; id: number; created: boolean };

type Waiting = {
  child: ChildProcessWithoutNullStreams;
  ready: Promise<void>;
  done: Promise<Recorded[]>;
};

function startOne(): Waiting {
  // `react-server` makes `server-only` resolve to its empty module, as in Next's server.
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", DASHBOARD_PROCESS],
    { cwd: REPO_ROOT, stdio: ["pipe", "pipe", "pipe"] },
  );
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on("data", () => stdout.startsWith("ready\n") && resolve());
    child.once("exit", () => reject(new Error(`dashboard process exited before ready: ${stderr}`)));
  });
  const done = new Promise<Recorded[]>((resolve, reject) =>
    child.once("exit", (code) =>
      code === 0
        ? resolve(JSON.parse(stdout.slice("ready\n".length)) as Recorded[])
        : reject(new Error(`dashboard process failed (exit ${code}): ${stderr}`)),
    ),
  );
  // Both are awaited by their users; these keep an early exit from being reported twice.
  ready.catch(() => {});
  done.catch(() => {});
  return { child, ready, done };
}

export type Dashboards = {
  /** Gives every process the job at once; resolves with what each recorded. Once only. */
  run(job: DashboardJob): Promise<Recorded[][]>;
  stop(): void;
};

export async function startDashboards(count: number): Promise<Dashboards> {
  const processes = Array.from({ length: count }, startOne);
  const stop = () => {
    for (const { child } of processes) if (child.exitCode === null) child.kill("SIGKILL");
  };
  try {
    await Promise.all(processes.map((p) => p.ready));
  } catch (error) {
    stop();
    throw error;
  }
  return {
    async run(job) {
      const line = `${JSON.stringify(job)}\n`;
      for (const { child } of processes) child.stdin.end(line);
      return Promise.all(processes.map((p) => p.done));
    },
    stop,
  };
}
