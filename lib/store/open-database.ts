import "server-only";

import { mkdirSync } from "node:fs";
import path from "node:path";

import SqliteDatabase from "better-sqlite3";
import { Kysely, PostgresDialect } from "kysely";
import { Pool } from "pg";

import type { Database, Engine } from "./schema";
import { ImmediateSqliteDialect } from "./sqlite-dialect";

export type OpenDatabase = {
  engine: Engine;
  db: Kysely<Database>;
  /** Where the store is, for messages: never the credentials of a PostgreSQL URL. */
  where: string;
};

export function openDatabase(options: { databaseUrl?: string; sqliteFile?: string }): OpenDatabase {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  if (options.sqliteFile) return openSqlite(options.sqliteFile);
  throw new Error("The dashboard's store needs a PostgreSQL URL or a SQLite file");
}

function openPostgres(databaseUrl: string): OpenDatabase {
  const pool = new Pool({
    connectionString: databaseUrl,
    max: 10,
    // Unset, pg waits for ever on a server that doesn't answer, and so would the start.
    connectionTimeoutMillis: 10_000,
  });
  // An idle connection the server drops (a restart, a failover) is reported here; without a
  // listener that event would end the process. The next query opens a new connection.
  pool.on("error", (error) => {
    console.error(`The dashboard's store lost an idle PostgreSQL connection: ${error.message}`);
  });
  return {
    engine: "postgres",
    db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }),
    where: `PostgreSQL at ${postgresPlace(databaseUrl)}`,
  };
}

function postgresPlace(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  return `${url.host || "localhost"}${url.pathname}`;
}

function openSqlite(file: string): OpenDatabase {
  mkdirSync(path.dirname(file), { recursive: true });
  let database: SqliteDatabase.Database;
  try {
    database = new SqliteDatabase(file);
    // WAL: readers never wait for a writer; the busy timeout lets a second process that opens
    // the same file wait its turn to write instead of failing at once.
    database.pragma("busy_timeout = 5000");
    database.pragma("journal_mode = WAL");
    database.pragma("synchronous = NORMAL");
  } catch (error) {
    throw new Error(
      `The dashboard's store (SQLite file ${file}) could not be opened: ${(error as Error).message}`,
    );
  }
  return {
    engine: "sqlite",
    db: new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database }) }),
    where: `SQLite file ${file}`,
  };
}
