import { Migrator, type Kysely } from "kysely";

import { migrations } from "./migrations";
import { describeError } from "./describe-error";
import type { Database, Engine } from "./schema";

/**
 * Brings the database to the latest version; a second run, or another process that got there
 * first, finds nothing to do. Throws one message naming the store and what went wrong.
 */
export async function migrateToLatest(
  db: Kysely<Database>,
  engine: Engine,
  where: string,
): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations(engine) },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error === undefined) return;
  const failed = results?.find((result) => result.status === "Error")?.migrationName;
  const what = failed
    ? `could not be brought up to date: migration ${failed} failed`
    : "could not be opened";
  throw new Error(`The dashboard's store (${where}) ${what}: ${describeError(error)}`);
}
