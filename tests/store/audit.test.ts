/**
 * The audit log in the dashboard's store, the same suite on both engines: embedded SQLite and a
 * real PostgreSQL server this file starts on a free loopback port. Each test opens the store on
 * an empty database as the dashboard does, and looks inside through a connection of its own.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import SqliteDatabase from "better-sqlite3";
import { Client } from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import { REDACTED } from "@/lib/audit/redact";
import { openStore, type AuditEntryInput, type Store } from "@/lib/store";
import { startPostgres, type PostgresServer } from "@/tests/support/postgres-server";

type Target = {
  options: { databaseUrl?: string; sqliteFile?: string };
  /** Runs one statement through a connection of its own, as another tool would. */
  run(text: string): Promise<unknown[]>;
};

type Engine = {
  name: "sqlite" | "postgres";
  setUp(): Promise<void>;
  tearDown(): Promise<void>;
  emptyDatabase(): Promise<Target>;
};

function sqliteEngine(): Engine {
  let dir = "";
  let files = 0;
  return {
    name: "sqlite",
    async setUp() {
      dir = mkdtempSync(path.join(tmpdir(), "runnerdeck-audit-"));
    },
    async tearDown() {
      rmSync(dir, { recursive: true, force: true });
    },
    async emptyDatabase() {
      const sqliteFile = path.join(dir, `data-${++files}`, "dashboard.sqlite");
      return {
        options: { sqliteFile },
        async run(text) {
          const db = new SqliteDatabase(sqliteFile);
          try {
            const statement = db.prepare(text);
            if (statement.reader) return statement.all();
            statement.run();
            return [];
          } finally {
            db.close();
          }
        },
      };
    },
  };
}

function postgresEngine(): Engine {
  let server: PostgresServer | undefined;
  return {
    name: "postgres",
    async setUp() {
      server = await startPostgres();
    },
    async tearDown() {
      await server?.stop();
    },
    async emptyDatabase() {
      const databaseUrl = await server!.createDatabase();
      return {
        options: { databaseUrl },
        async run(text) {
          const client = new Client({ connectionString: databaseUrl });
          await client.connect();
          try {
            return (await client.query(text)).rows as unknown[];
          } finally {
            await client.end();
          }
        },
      };
    },
  };
}

const SHOP_API =
  "arn:aws:apprunner:us-east-1:123456789012:service/shop-api/8fe1e10304f84fd2b0df550fe98a71fa";
const SHOP_WEB =
  "arn:aws:apprunner:us-east-1:123456789012:service/shop-web/0b1e0ad6a0e74c35b8ac6a2f34d6c2b9";
const ALICE = { id: "sub-alice", name: "alice@example.com" };
const BOB = { id: "sub-bob", name: "bob@example.com" };

function entry(overrides: Partial<AuditEntryInput> = {}): AuditEntryInput {
  return {
    actor: ALICE,
    action: "pauseService",
    resourceArn: SHOP_API,
    resourceName: "shop-api",
    request: { PauseService: { ServiceArn: SHOP_API } },
    result: "ok",
    operationId: "op-1",
    message: null,
    ...overrides,
  };
}

describe.each([sqliteEngine(), postgresEngine()])("the audit log on $name", (engine) => {
  beforeAll(() => engine.setUp(), 180_000);
  afterAll(() => engine.tearDown(), 60_000);

  const opened: Store[] = [];
  async function open(target: Target): Promise<Store> {
    const store = await openStore(target.options);
    opened.push(store);
    return store;
  }
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
  });

  it("appends entries and lists them newest first, as they were given, with when", async () => {
    const store = await open(await engine.emptyDatabase());
    const before = Date.now();
    const paused = await store.audit.append(entry());
    const refused = await store.audit.append(
      entry({
        actor: BOB,
        action: "deleteService",
        request: { DeleteService: { ServiceArn: SHOP_API } },
        result: "refused",
        operationId: null,
        message: "Operators can't delete services.",
      }),
    );

    expect(paused).toEqual({ ...entry(), id: expect.any(Number), at: expect.any(String) });
    expect(new Date(Date.parse(paused.at)).toISOString()).toBe(paused.at);
    expect(Date.parse(paused.at)).toBeGreaterThanOrEqual(before - 1);
    expect(Date.parse(paused.at)).toBeLessThanOrEqual(Date.now() + 1);
    expect(refused.id).toBeGreaterThan(paused.id);
    expect(await store.audit.list({ limit: 10 })).toEqual([refused, paused]);
  });

  it("never keeps a variable's value, a secret or a token, whatever the caller passes", async () => {
    const target = await engine.emptyDatabase();
    const store = await open(target);
    const request = {
      CreateService: {
        ServiceName: "shop-api",
        SourceConfiguration: {
          ImageRepository: {
            ImageConfiguration: {
              RuntimeEnvironmentVariables: { DB_URL: "postgres://u:hunter2@db/x" },
              RuntimeEnvironmentSecrets: { KEY: "arn:aws:secretsmanager:us-east-1:1:secret:k" },
            },
          },
        },
      },
      providerToken: "ghs_secret",
    };
    const saved = await store.audit.append(entry({ action: "createService", request }));

    expect(saved.request).toEqual({
      CreateService: {
        ServiceName: "shop-api",
        SourceConfiguration: {
          ImageRepository: {
            ImageConfiguration: {
              RuntimeEnvironmentVariables: { DB_URL: REDACTED },
              RuntimeEnvironmentSecrets: { KEY: REDACTED },
            },
          },
        },
      },
      providerToken: REDACTED,
    });
    const raw = JSON.stringify(await target.run("SELECT * FROM audit"));
    expect(raw).not.toMatch(/hunter2|secret:k|ghs_secret/);
  });

  it("refuses to change or remove an entry, even through another connection", async () => {
    const target = await engine.emptyDatabase();
    const store = await open(target);
    const saved = await store.audit.append(entry());

    await expect(target.run("UPDATE audit SET actor_name = 'mallory'")).rejects.toThrow(
      /append-only/,
    );
    await expect(target.run("DELETE FROM audit")).rejects.toThrow(/append-only/);
    if (engine.name === "postgres")
      await expect(target.run("TRUNCATE audit")).rejects.toThrow(/append-only/);
    expect(await store.audit.list({ limit: 10 })).toEqual([saved]);
    expect(Object.keys(store.audit).sort()).toEqual(["append", "list"]);
  });

  it("filters by resource, person, action, result and time, each alone and together", async () => {
    const store = await open(await engine.emptyDatabase());
    const at = (day: number) => `2026-03-0${day}T12:00:00.000Z`;
    const one = await store.audit.append(entry({ at: at(1) }));
    const two = await store.audit.append(
      entry({ at: at(2), actor: BOB, action: "resumeService", operationId: "op-2" }),
    );
    const three = await store.audit.append(
      entry({
        at: at(3),
        resourceArn: SHOP_WEB,
        resourceName: "shop-web",
        result: "error",
        operationId: null,
        message: "An operation is in progress.",
      }),
    );
    const four = await store.audit.append(
      entry({
        at: at(4),
        actor: BOB,
        action: "manageResources",
        resourceArn: null,
        resourceName: null,
        result: "refused",
        operationId: null,
        message: "Operators can't manage connections and other resources.",
      }),
    );
    const ids = async (filter: Parameters<Store["audit"]["list"]>[0]) =>
      (await store.audit.list(filter)).map((e) => e.id);

    expect(await ids({ limit: 10 })).toEqual([four.id, three.id, two.id, one.id]);
    expect(await ids({ limit: 10, resourceArn: SHOP_API })).toEqual([two.id, one.id]);
    expect(await ids({ limit: 10, resource: "shop-web" })).toEqual([three.id]);
    expect(await ids({ limit: 10, resource: SHOP_WEB })).toEqual([three.id]);
    expect(await ids({ limit: 10, actor: "bob@example.com" })).toEqual([four.id, two.id]);
    expect(await ids({ limit: 10, actor: "sub-bob" })).toEqual([four.id, two.id]);
    expect(await ids({ limit: 10, actor: "bob" })).toEqual([]);
    expect(await ids({ limit: 10, action: "pauseService" })).toEqual([three.id, one.id]);
    expect(await ids({ limit: 10, result: "refused" })).toEqual([four.id]);
    expect(await ids({ limit: 10, result: "error" })).toEqual([three.id]);
    expect(await ids({ limit: 10, since: at(2), until: at(4) })).toEqual([three.id, two.id]);
    expect(await ids({ limit: 10, since: "2026-03-02T12:00:00.001Z" })).toEqual([
      four.id,
      three.id,
    ]);
    expect(
      await ids({ limit: 10, actor: ALICE.name, action: "pauseService", result: "ok" }),
    ).toEqual([one.id]);
  });

  it("pages from newest to oldest with a cursor, and keeps at most a page's worth", async () => {
    const store = await open(await engine.emptyDatabase());
    const all = [];
    for (let i = 0; i < 7; i++)
      all.unshift(await store.audit.append(entry({ operationId: `op-${i}` })));

    const first = await store.audit.list({ limit: 3 });
    const second = await store.audit.list({ limit: 3, before: first.at(-1)!.id });
    const third = await store.audit.list({ limit: 3, before: second.at(-1)!.id });
    expect([...first, ...second, ...third]).toEqual(all);
    expect(third).toHaveLength(1);
    expect(await store.audit.list({ limit: 0 })).toHaveLength(1);
  });

  it("keeps the log across a restart, and a new entry comes after the old ones", async () => {
    const target = await engine.emptyDatabase();
    const before = await open(target);
    const kept = await before.audit.append(entry());
    await before.close();

    const after = await open(target);
    expect(await after.audit.list({ limit: 10 })).toEqual([kept]);
    expect((await after.audit.append(entry())).id).toBeGreaterThan(kept.id);
  });
});
