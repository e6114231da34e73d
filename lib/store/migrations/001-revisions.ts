import type { Kysely, Migration } from "kysely";

import type { Engine } from "../schema";

export function revisions(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("revisions")
        // SQLite's AUTOINCREMENT never hands out an id again, so a revision's id (in a link, say)
        // can't come to name another revision if old ones are ever pruned; identity columns
        // behave so on PostgreSQL.
        .addColumn("id", "integer", (col) =>
          engine === "postgres"
            ? col.primaryKey().generatedByDefaultAsIdentity()
            : col.primaryKey().autoIncrement(),
        )
        .addColumn("service_arn", "text", (col) => col.notNull())
        .addColumn("operation_id", "text", (col) => col.notNull())
        .addColumn("operation_type", "text", (col) => col.notNull())
        .addColumn("operation_ended_at", "text")
        .addColumn("actor", "text")
        .addColumn("service", "text", (col) => col.notNull())
        .addColumn("tags", "text", (col) => col.notNull())
        .addColumn("recorded_at", "text", (col) => col.notNull())
        .addUniqueConstraint("revisions_one_per_operation", ["service_arn", "operation_id"])
        .execute();
      await db.schema
        .createIndex("revisions_by_service")
        .on("revisions")
        .columns(["service_arn", "id"])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable("revisions").execute();
    },
  };
}
