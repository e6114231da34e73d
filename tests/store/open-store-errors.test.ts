/**
 * A store that can't be opened stops the start with one message that says which store and why,
 * and never repeats a PostgreSQL password.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, expect, it } from "vitest";

import { openStore } from "@/lib/store";

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A loopback port nothing listens on: the connection is refused at once. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

it("names the PostgreSQL server it could not reach, without the password", async () => {
  const port = await closedPort();
  const failure = openStore({
    databaseUrl: `postgres://dashboard:hunter2@127.0.0.1:${port}/runnerdeck`,
  });
  await expect(failure).rejects.toThrow(`PostgreSQL at 127.0.0.1:${port}/runnerdeck`);
  await expect(failure).rejects.toThrow(/ECONNREFUSED/);
  await expect(failure).rejects.not.toThrow(/hunter2/);
});

it("names the SQLite file it could not open", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "runnerdeck-store-"));
  dirs.push(dir);
  // A folder where the file should be.
  await expect(openStore({ sqliteFile: dir })).rejects.toThrow(`SQLite file ${dir}`);
});

it("needs a PostgreSQL URL or a SQLite file", async () => {
  await expect(openStore({})).rejects.toThrow(/PostgreSQL URL or a SQLite file/);
});
