/**
 * The dashboard's store, the same suite on both engines: embedded SQLite (the default) and a
 * real PostgreSQL server this file starts on a free loopback port. Each test gets an empty
 * database and opens the store on it as the dashboard does at start; it reads what was written
 * through a connection of its own, as another process would.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import SqliteDatabase from "better-sqlite3";
import { Client } from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import { openStore, type RevisionInput, type Store } from "@/lib/store";
import { startPostgres, type PostgresServer } from "@/tests/support/postgres-server";

import { startDashboards, type Dashboards } from "./dashboard-processes";

/** An empty database and a way to look inside it without the store. */
type Target = {
  options: { databaseUrl?: string; sqliteFile?: string };
  query<Row>(text: string): Promise<Row[]>;
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
      dir = mkdtempSync(path.join(tmpdir(), "runnerdeck-store-"));
    },
    async tearDown() {
      rmSync(dir, { recursive: true, force: true });
    },
    async emptyDatabase() {
      // A folder that does not exist yet: opening the store creates it.
      const sqliteFile = path.join(dir, `data-${++files}`, "dashboard.sqlite");
      return {
        options: { sqliteFile },
        async query<Row>(text: string) {
          mkdirSync(path.dirname(sqliteFile), { recursive: true });
          const db = new SqliteDatabase(sqliteFile);
          try {
            const statement = db.prepare(text);
            if (!statement.reader) {
              statement.run();
              return [];
            }
            return statement.all() as Row[];
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
        async query<Row>(text: string) {
          const client = new Client({ connectionString: databaseUrl });
          await client.connect();
          try {
            return (await client.query(text)).rows as Row[];
          } finally {
            await client.end();
          }
        },
      };
    },
  };
}

/** Every migration the store has, in order: an empty database gets them all at its first open. */
const ALL_MIGRATIONS = ["001_revisions", "002_audit"];

const SERVICE_ARN =
  "arn:aws:apprunner:us-east-1:123456789012:service/shop-api/8fe1e10304f84fd2b0df550fe98a71fa";
const OTHER_SERVICE_ARN =
  "arn:aws:apprunner:us-east-1:123456789012:service/shop-web/0b1e0ad6a0e74c35b8ac6a2f34d6c2b9";

function revisionInput(operationId: string, overrides: Partial<RevisionInput> = {}): RevisionInput {
  return {
    serviceArn: SERVICE_ARN,
    operationId,
    operationType: "UPDATE_SERVICE",
    operationEndedAt: "2026-03-01T10:15:30.000Z",
    actor: null,
    service: {
      ServiceArn: SERVICE_ARN,
      ServiceName: "shop-api",
      Status: "RUNNING",
      UpdatedAt: "2026-03-01T10:15:30.000Z",
      SourceConfiguration: {
        ImageRepository: {
          ImageIdentifier: "public.ecr.aws/nginx/nginx:latest",
          ImageRepositoryType: "ECR_PUBLIC",
          ImageConfiguration: { Port: "80", RuntimeEnvironmentVariables: { GREETING: "héllo ✓" } },
        },
        AutoDeploymentsEnabled: false,
      },
      InstanceConfiguration: { Cpu: "1024", Memory: "2048" },
    },
    tags: [
      { Key: "team", Value: "payments" },
      { Key: "env", Value: "prod" },
    ],
    ...overrides,
  };
}

describe.each([sqliteEngine(), postgresEngine()])("the store on $name", (engine) => {
  // Starting PostgreSQL (initdb, then the server) takes a few seconds, more on a busy machine;
  // the generous limit lives here only, never in the tests.
  let dashboards: Dashboards;
  beforeAll(async () => {
    [, dashboards] = await Promise.all([engine.setUp(), startDashboards(3)]);
  }, 180_000);
  afterAll(async () => {
    dashboards?.stop();
    await engine.tearDown();
  }, 60_000);

  const opened: Store[] = [];
  async function open(target: Target): Promise<Store> {
    const store = await openStore(target.options);
    opened.push(store);
    return store;
  }
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
  });

  const migrationsOf = async (target: Target) =>
    (await target.query<{ name: string }>("SELECT name FROM kysely_migration ORDER BY name")).map(
      (row) => row.name,
    );

  it("migrates an empty database to the latest version, and the next start has nothing to do", async () => {
    const target = await engine.emptyDatabase();
    const first = await open(target);
    expect(first.engine).toBe(engine.name);
    expect(await migrationsOf(target)).toEqual(ALL_MIGRATIONS);
    await first.revisions.record(revisionInput("op-1"));
    await first.close();

    const second = await open(target);
    expect(await migrationsOf(target)).toEqual(ALL_MIGRATIONS);
    expect(await second.revisions.list(SERVICE_ARN)).toHaveLength(1);
  });

  it("lets several dashboard processes start at once on an empty database and record the same operations", async () => {
    const target = await engine.emptyDatabase();
    const operations = ["op-1", "op-2", "op-3", "op-4"];

    const outputs = await dashboards.run({
      options: target.options,
      serviceArn: SERVICE_ARN,
      operations,
    });

    expect(await migrationsOf(target)).toEqual(ALL_MIGRATIONS);
    for (const operationId of operations) {
      const records = outputs.map((output) => output.find((r) => r.operationId === operationId)!);
      expect(records.filter((r) => r.created)).toHaveLength(1);
      expect(new Set(records.map((r) => r.id)).size).toBe(1);
    }
    const rows = await target.query<{ operation_id: string }>(
      "SELECT operation_id FROM revisions ORDER BY operation_id",
    );
    expect(rows.map((row) => row.operation_id)).toEqual(operations);
  });

  it("records revisions and lists them newest first, as they were given", async () => {
    const store = await open(await engine.emptyDatabase());
    const before = Date.now();
    const created = await store.revisions.record(
      revisionInput("op-create", { operationType: "CREATE_SERVICE" }),
    );
    await store.revisions.record(revisionInput("op-update", { operationEndedAt: null }));
    await store.revisions.record(
      revisionInput("op-deploy", { operationType: "START_DEPLOYMENT", actor: "ana@example.com" }),
    );

    expect(created.created).toBe(true);
    expect(created.revision).toEqual({
      ...revisionInput("op-create", { operationType: "CREATE_SERVICE" }),
      id: expect.any(Number),
      recordedAt: expect.any(String),
    });
    const recordedAt = Date.parse(created.revision.recordedAt);
    expect(new Date(recordedAt).toISOString()).toBe(created.revision.recordedAt);
    expect(recordedAt).toBeGreaterThanOrEqual(before - 1);
    expect(recordedAt).toBeLessThanOrEqual(Date.now() + 1);

    const list = await store.revisions.list(SERVICE_ARN);
    expect(list.map((revision) => revision.operationId)).toEqual([
      "op-deploy",
      "op-update",
      "op-create",
    ]);
    const ids = list.map((revision) => revision.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(list[0]).toMatchObject({ operationType: "START_DEPLOYMENT", actor: "ana@example.com" });
    expect(list[1]).toMatchObject({ operationType: "UPDATE_SERVICE", operationEndedAt: null });
    expect(list[2]).toEqual(created.revision);
  });

  it("keeps one revision per operation: a second record returns the first", async () => {
    const target = await engine.emptyDatabase();
    const store = await open(target);
    const first = await store.revisions.record(revisionInput("op-1"));
    const again = await store.revisions.record(
      revisionInput("op-1", { service: { ServiceName: "changed" }, tags: [] }),
    );

    expect(again).toEqual({ revision: first.revision, created: false });
    expect(await store.revisions.list(SERVICE_ARN)).toEqual([first.revision]);
  });

  it("makes one revision when two dashboards record the same operation at once", async () => {
    const target = await engine.emptyDatabase();
    // One after the other: in one process, better-sqlite3 would block the event loop while the
    // first holds the lock (the test above starts dashboards at once, as separate processes).
    const a = await open(target);
    const b = await open(target);
    const operations = Array.from({ length: 8 }, (_, i) => `op-${i}`);

    const outcomes = await Promise.all(
      operations.map((operationId) =>
        Promise.all([
          a.revisions.record(revisionInput(operationId)),
          b.revisions.record(revisionInput(operationId)),
        ]),
      ),
    );

    for (const [fromA, fromB] of outcomes) {
      expect([fromA.created, fromB.created].filter(Boolean)).toHaveLength(1);
      expect(fromA.revision).toEqual(fromB.revision);
    }
    const rows = await target.query<{ operation_id: string }>(
      "SELECT operation_id FROM revisions ORDER BY operation_id",
    );
    expect(rows.map((row) => row.operation_id)).toEqual(operations);
  });

  it("gets a revision by id, only under its own service", async () => {
    const store = await open(await engine.emptyDatabase());
    const { revision } = await store.revisions.record(revisionInput("op-1"));
    await store.revisions.record(revisionInput("op-2"));

    expect(await store.revisions.get(SERVICE_ARN, revision.id)).toEqual(revision);
    expect(await store.revisions.get(OTHER_SERVICE_ARN, revision.id)).toBeUndefined();
    expect(await store.revisions.get(SERVICE_ARN, revision.id + 1000)).toBeUndefined();
  });

  it("lists only the asked service's revisions, even for the same operation id", async () => {
    const store = await open(await engine.emptyDatabase());
    await store.revisions.record(revisionInput("op-1"));
    // Operation ids are unique per service, not across services.
    const other = await store.revisions.record(
      revisionInput("op-1", { serviceArn: OTHER_SERVICE_ARN }),
    );

    expect(other.created).toBe(true);
    expect((await store.revisions.list(SERVICE_ARN)).map((r) => r.serviceArn)).toEqual([
      SERVICE_ARN,
    ]);
    expect(await store.revisions.list(OTHER_SERVICE_ARN)).toEqual([other.revision]);
    expect(
      await store.revisions.list("arn:aws:apprunner:us-east-1:123456789012:service/none/0"),
    ).toEqual([]);
  });

  it("keeps the history across a dashboard restart", async () => {
    const target = await engine.emptyDatabase();
    const before = await open(target);
    await before.revisions.record(revisionInput("op-1", { operationType: "CREATE_SERVICE" }));
    await before.revisions.record(revisionInput("op-2"));
    const history = await before.revisions.list(SERVICE_ARN);
    await before.close();

    const after = await open(target);
    expect(await after.revisions.list(SERVICE_ARN)).toEqual(history);
    const next = await after.revisions.record(revisionInput("op-3"));
    expect(next.revision.id).toBeGreaterThan(history[0]!.id);
  });

  it("refuses to start on a database it cannot migrate, names the migration, and leaves none of it", async () => {
    const target = await engine.emptyDatabase();
    // Not ours, but with the name of the index the first migration makes after its table: the
    // migration fails half way.
    await target.query("CREATE TABLE notes (body text)");
    await target.query("CREATE INDEX revisions_by_service ON notes (body)");

    const failure = openStore(target.options);
    await expect(failure).rejects.toThrow(/migration 001_revisions failed/);
    await expect(failure).rejects.toThrow(engine.name === "sqlite" ? /SQLite file/ : /PostgreSQL/);
    expect(await migrationsOf(target)).toEqual([]);
    await expect(target.query("SELECT id FROM revisions")).rejects.toThrow(/revisions/);
  });

  it("refuses to start on a database a newer dashboard has migrated", async () => {
    const target = await engine.emptyDatabase();
    await (await open(target)).close();
    await target.query(
      "INSERT INTO kysely_migration (name, timestamp) VALUES ('999_from_a_newer_version', '2030-01-01T00:00:00.000Z')",
    );

    await expect(openStore(target.options)).rejects.toThrow(/999_from_a_newer_version/);
  });
});
