/**
 * A throwaway Redis server for the shared watch hub's tests and the replicas e2e: `redis-server`
 * on one free loopback port, working in a fresh temp dir, with nothing saved to disk. Nothing is
 * shared with a server the machine may already run. Imports nothing from vitest or Playwright.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createConnection, createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

// Run from the repository's root (vitest, Playwright and the benches all are); Playwright loads
// this file as CommonJS, where import.meta is not available.
const ENSURE_SCRIPT = path.resolve("scripts/ensure-redis.mjs");
const START_TIMEOUT_MS = 15_000;
const STOP_TIMEOUT_MS = 5_000;

export type RedisServer = {
  /** `redis://127.0.0.1:<port>` */
  url: string;
  port: number;
  /** Stops the server and removes its dir. */
  stop(): Promise<void>;
};

/** `redis-server`'s path; the ensure script installs Debian's when it can. */
export function redisServerProgram(): string {
  try {
    return execFileSync(process.execPath, [ENSURE_SCRIPT], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    }).trim();
  } catch {
    throw new Error(
      "redis-server is missing (see the message above from scripts/ensure-redis.mjs)",
    );
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

/** True when the server answers PING with PONG. */
function pings(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    let answer = "";
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once("error", () => done(false));
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.on("data", (chunk) => {
      answer += chunk.toString("utf8");
      if (answer.includes("\r\n")) done(answer.startsWith("+PONG"));
    });
  });
}

type Running = { child: ChildProcess; exited: Promise<void>; log: () => string };

function launch(program: string, dir: string, port: number): Running {
  const child = spawn(
    program,
    [
      "--port",
      String(port),
      "--bind",
      "127.0.0.1",
      "--save",
      "",
      "--appendonly",
      "no",
      "--dir",
      dir,
      "--protected-mode",
      "yes",
    ],
    { cwd: dir, stdio: ["ignore", "pipe", "pipe"] },
  );
  let log = "";
  const append = (chunk: Buffer) => {
    log = (log + chunk.toString("utf8")).slice(-10_000);
  };
  child.stdout!.on("data", append);
  child.stderr!.on("data", append);
  const exited = new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.once("error", (error) => {
      append(Buffer.from(`${error.message}\n`));
      resolve();
    });
  });
  return { child, exited, log: () => log };
}

async function shutDown(running: Running): Promise<void> {
  const { child } = running;
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const timer = new Promise<"timeout">((resolve) =>
    setTimeout(() => resolve("timeout"), STOP_TIMEOUT_MS).unref(),
  );
  if ((await Promise.race([running.exited, timer])) === "timeout") {
    child.kill("SIGKILL");
    await running.exited;
  }
}

/** Starts a server on a free port, or on `onPort` (e.g. to bring a stopped one back). */
export async function startRedis(onPort?: number): Promise<RedisServer> {
  const program = redisServerProgram();
  const dir = mkdtempSync(path.join(tmpdir(), "runnerdeck-redis-"));
  // A port found free can be taken before the server binds it: try a few.
  for (let attempt = 1; ; attempt++) {
    const port = onPort ?? (await freePort());
    const running = launch(program, dir, port);
    let exited = false;
    void running.exited.then(() => (exited = true));
    const deadline = Date.now() + START_TIMEOUT_MS;
    while (!exited && Date.now() < deadline && !(await pings(port))) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (!exited && (await pings(port))) {
      return {
        url: `redis://127.0.0.1:${port}`,
        port,
        async stop() {
          await shutDown(running);
          rmSync(dir, { recursive: true, force: true });
        },
      };
    }
    await shutDown(running);
    const portTaken = /Address already in use/i.test(running.log());
    if (!portTaken || attempt >= 3 || onPort !== undefined) {
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`redis-server did not start:\n${running.log().trimEnd()}`);
    }
  }
}
