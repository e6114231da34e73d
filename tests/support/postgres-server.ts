/**
 * A throwaway PostgreSQL server for the store's tests: initdb into a fresh temp dir, a server
 * that listens on one free loopback port only (its socket in that dir), and a database made for
 * the caller. Nothing is shared with a server the machine may already run. Imports nothing from
 * vitest.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chownSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

import { fileURLToPath } from "node:url";

import { Client } from "pg";

const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

export type PostgresServer = {
  /** `postgres://runnerdeck@127.0.0.1:<port>/runnerdeck_1`: an empty database for the caller. */
  url: string;
  /** Another empty database on the same server; resolves with its URL. */
  createDatabase(): Promise<string>;
  /** Stops the server and removes its data dir. */
  stop(): Promise<void>;
};

const USER = "runnerdeck";
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;
const LOG_TAIL_LINES = 30;

/** `initdb` and `postgres` live here; the ensure script installs them when it can. */
function serverBinDir(): string {
  try {
    return execFileSync(process.execPath, [path.join(REPO_ROOT, "scripts/ensure-postgres.mjs")], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    }).trim();
  } catch {
    throw new Error(
      "PostgreSQL's server programs are missing (see the message above from scripts/ensure-postgres.mjs)",
    );
  }
}

/** initdb and postgres refuse to run as root; the Debian package's `postgres` user runs them. */
function asServerUser(program: string, args: string[]): [string, string[]] {
  if (process.getuid?.() !== 0) return [program, args];
  return ["runuser", ["-u", "postgres", "--", program, ...args]];
}

function serverUserIds(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) =>
    Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  return { uid: id("-u"), gid: id("-g") };
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

function tail(log: string): string {
  return log.trimEnd().split("\n").slice(-LOG_TAIL_LINES).join("\n");
}

async function canConnect(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
  // A refused connection also emits 'error' on some paths; the rejected connect() reports it.
  client.on("error", () => {});
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

type Running = { child: ChildProcess; exited: Promise<number | null>; log: () => string };

function launch(binDir: string, dataDir: string, port: number): Running {
  const [command, args] = asServerUser(path.join(binDir, "postgres"), [
    "-D",
    dataDir,
    "-p",
    String(port),
    "-h",
    "127.0.0.1",
    "-k",
    dataDir,
    // Test data need not survive a crash of the machine: skip the disk flushes.
    "-c",
    "fsync=off",
    "-c",
    "synchronous_commit=off",
    "-c",
    "full_page_writes=off",
    "-c",
    "max_connections=50",
  ]);
  const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  const append = (chunk: Buffer) => {
    log = (log + chunk.toString("utf8")).slice(-20_000);
  };
  child.stdout!.on("data", append);
  child.stderr!.on("data", append);
  const exited = new Promise<number | null>((resolve) => {
    child.once("exit", (code) => resolve(code));
    child.once("error", (error) => {
      append(Buffer.from(`${error.message}\n`));
      resolve(null);
    });
  });
  return { child, exited, log: () => log };
}

async function waitUntilReady(running: Running, adminUrl: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  let exited = false;
  void running.exited.then(() => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`PostgreSQL exited while starting:\n${tail(running.log())}`);
    if (await canConnect(adminUrl)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `PostgreSQL did not accept connections within ${START_TIMEOUT_MS} ms:\n${tail(running.log())}`,
  );
}

/** The postmaster's pid from its pid file: when run through runuser, the child is runuser. */
function postmasterPid(dataDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

async function shutDown(running: Running, dataDir: string): Promise<void> {
  if (running.child.exitCode !== null || running.child.signalCode !== null) return;
  const pid = postmasterPid(dataDir) ?? running.child.pid;
  // SIGINT is PostgreSQL's "fast" shutdown: sessions are ended, nothing waits for clients.
  if (pid) process.kill(pid, "SIGINT");
  const timer = new Promise<"timeout">((resolve) =>
    setTimeout(() => resolve("timeout"), STOP_TIMEOUT_MS).unref(),
  );
  if ((await Promise.race([running.exited, timer])) === "timeout") {
    if (pid) process.kill(pid, "SIGKILL");
    running.child.kill("SIGKILL");
    await running.exited;
  }
}

export async function startPostgres(): Promise<PostgresServer> {
  const binDir = serverBinDir();
  const dataDir = mkdtempSync(path.join(tmpdir(), "runnerdeck-postgres-"));
  const owner = serverUserIds();
  if (owner) chownSync(dataDir, owner.uid, owner.gid);

  let server: Running | undefined;
  try {
    const [initdb, initdbArgs] = asServerUser(path.join(binDir, "initdb"), [
      "-D",
      dataDir,
      "-U",
      USER,
      "--auth=trust",
      "--encoding=UTF8",
      "--no-locale",
      "--no-sync",
    ]);
    try {
      execFileSync(initdb, initdbArgs, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    } catch (error) {
      const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
      throw new Error(`initdb failed:\n${tail(`${stdout}\n${stderr}`)}`);
    }

    // A port found free can be taken before the server binds it: try a few.
    let port = 0;
    for (let attempt = 1; !server; attempt++) {
      port = await freePort();
      const candidate = launch(binDir, dataDir, port);
      try {
        await waitUntilReady(candidate, `postgres://${USER}@127.0.0.1:${port}/postgres`);
        server = candidate;
      } catch (error) {
        await shutDown(candidate, dataDir);
        const portTaken = /could not bind|Address already in use/i.test(candidate.log());
        if (!portTaken || attempt >= 3) throw error;
      }
    }
    const running = server;
    const base = `postgres://${USER}@127.0.0.1:${port}`;

    let databases = 0;
    const createDatabase = async (): Promise<string> => {
      const name = `runnerdeck_${++databases}`;
      const admin = new Client({ connectionString: `${base}/postgres` });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      return `${base}/${name}`;
    };

    const url = await createDatabase();
    return {
      url,
      createDatabase,
      async stop() {
        await shutDown(running, dataDir);
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    if (server) await shutDown(server, dataDir);
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
