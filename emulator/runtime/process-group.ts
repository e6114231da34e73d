/**
 * Child processes the runtime supervises: each in its own process group (`detached: true`), so
 * stopping one stops whatever it started too (`kill(-pid)`), and every group still alive is
 * killed when the emulator exits, however it exits.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";

const live = new Set<number>();

export type GroupChild = {
  child: ChildProcess;
  pid: number;
  /** Resolves with the exit code (or 128 + signal number style: null code gives -1). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

export type SpawnOptions = {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Each line of stdout and stderr as it comes (without the newline). */
  onLine: (line: string, from: "stdout" | "stderr") => void;
};

/** Runs `command` with `sh -c` in a new process group. */
export function spawnGroup(command: string, options: SpawnOptions): GroupChild {
  const child = spawn("/bin/sh", ["-c", command], {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const pid = child.pid;
  if (pid !== undefined) live.add(pid);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once("error", () => resolve({ code: 127, signal: null }));
    child.once("close", (code, signal) => {
      if (pid !== undefined) live.delete(pid);
      resolve({ code, signal });
    });
  });
  for (const from of ["stdout", "stderr"] as const) {
    const stream = child[from];
    if (!stream) continue;
    createInterface({ input: stream, crlfDelay: Infinity }).on("line", (line) =>
      options.onLine(line, from),
    );
  }
  return { child, pid: pid ?? -1, exited };
}

function signalGroup(pid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM to the group, SIGKILL after `graceMs` if its leader is still there. */
export async function killGroup(proc: GroupChild, graceMs = 2_000): Promise<void> {
  if (proc.pid < 0) return;
  if (!signalGroup(proc.pid, "SIGTERM")) {
    live.delete(proc.pid);
    return;
  }
  const timer = setTimeout(() => signalGroup(proc.pid, "SIGKILL"), graceMs);
  await proc.exited;
  clearTimeout(timer);
  // The leader is gone; anything it left behind in its group goes too.
  signalGroup(proc.pid, "SIGKILL");
  live.delete(proc.pid);
}

/** Synchronous last resort (process exit, crash): SIGKILL every group still running. */
export function killAllGroupsNow(): void {
  for (const pid of live) signalGroup(pid, "SIGKILL");
  live.clear();
}

let hooked = false;
/** Kills every supervised group when this process exits, normally or not. */
export function killGroupsOnExit(): void {
  if (hooked) return;
  hooked = true;
  process.once("exit", killAllGroupsNow);
}
