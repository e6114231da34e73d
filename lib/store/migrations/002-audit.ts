import { sql, type Kysely, type Migration } from "kysely";

import type { Engine } from "../schema";

const APPEND_ONLY = "the audit log is append-only";

export function audit(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("audit")
        // Never handed out again (see 001): an entry's id is also the page cursor.
        .addColumn("id", "integer", (col) =>
          engine === "postgres"
            ? col.primaryKey().generatedByDefaultAsIdentity()
            : col.primaryKey().autoIncrement(),
        )
        .addColumn("at", "text", (col) => col.notNull())
        .addColumn("actor_id", "text", (col) => col.notNull())
        .addColumn("actor_name", "text", (col) => col.notNull())
        .addColumn("action", "text", (col) => col.notNull())
        .addColumn("resource_arn", "text")
        .addColumn("resource_name", "text")
        .addColumn("request", "text", (col) => col.notNull())
        .addColumn("result", "text", (col) => col.notNull())
        .addColumn("operation_id", "text")
        .addColumn("message", "text")
        .execute();
      await db.schema
        .createIndex("audit_by_resource")
        .on("audit")
        .columns(["resource_arn", "id"])
        .execute();
      await db.schema.createIndex("audit_by_time").on("audit").column("at").execute();
      // Append-only in the database itself, not only in the store's API: another tool or a
      // mistaken query can't rewrite or remove what someone did.
      if (engine === "postgres") {
        await sql
          .raw(
            `CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
             BEGIN RAISE EXCEPTION '${APPEND_ONLY}'; END $$`,
          )
          .execute(db);
        await sql
          .raw(
            `CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON audit
             FOR EACH ROW EXECUTE FUNCTION audit_append_only()`,
          )
          .execute(db);
        await sql
          .raw(
            `CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit
             FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only()`,
          )
          .execute(db);
      } else {
        for (const change of ["UPDATE", "DELETE"])
          await sql
            .raw(
              `CREATE TRIGGER audit_no_${change.toLowerCase()} BEFORE ${change} ON audit
               BEGIN SELECT RAISE(ABORT, '${APPEND_ONLY}'); END`,
            )
            .execute(db);
      }
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable("audit").execute();
      if (engine === "postgres") await sql.raw("DROP FUNCTION audit_append_only()").execute(db);
    },
  };
}
