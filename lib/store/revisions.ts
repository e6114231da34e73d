import type { Kysely, Selectable } from "kysely";

import type { Database, RevisionsTable } from "./schema";

export type RevisionInput = {
  serviceArn: string;
  /** App Runner's operation id: unique per service. */
  operationId: string;
  /** e.g. "CREATE_SERVICE", "UPDATE_SERVICE", "START_DEPLOYMENT". */
  operationType: string;
  /** ISO time the operation ended, if known. */
  operationEndedAt: string | null;
  /** Who started the operation, if known. */
  actor: string | null;
  /** DescribeService's Service object as JSON (dates as ISO strings). */
  service: unknown;
  tags: { Key: string; Value: string }[];
};

export type Revision = RevisionInput & {
  id: number;
  /** ISO time the dashboard recorded it. */
  recordedAt: string;
};

export type RevisionStore = {
  /**
   * Idempotent: (serviceArn, operationId) is unique; a second record of the same operation
   * returns the first, created false. Safe under concurrent calls from several processes.
   */
  record(input: RevisionInput): Promise<{ revision: Revision; created: boolean }>;
  /** Newest first (by id). */
  list(serviceArn: string): Promise<Revision[]>;
  get(serviceArn: string, id: number): Promise<Revision | undefined>;
};

function toRevision(row: Selectable<RevisionsTable>): Revision {
  return {
    id: row.id,
    serviceArn: row.service_arn,
    operationId: row.operation_id,
    operationType: row.operation_type,
    operationEndedAt: row.operation_ended_at,
    actor: row.actor,
    service: JSON.parse(row.service) as unknown,
    tags: JSON.parse(row.tags) as Revision["tags"],
    recordedAt: row.recorded_at,
  };
}

export function revisionStore(db: Kysely<Database>): RevisionStore {
  return {
    async record(input) {
      // Insert-or-nothing, then read: whichever process inserts first wins, and every other
      // caller (waiting on the unique constraint, on PostgreSQL) reads that row.
      const inserted = await db
        .insertInto("revisions")
        .values({
          service_arn: input.serviceArn,
          operation_id: input.operationId,
          operation_type: input.operationType,
          operation_ended_at: input.operationEndedAt,
          actor: input.actor,
          service: JSON.stringify(input.service),
          tags: JSON.stringify(input.tags),
          recorded_at: new Date().toISOString(),
        })
        .onConflict((conflict) => conflict.columns(["service_arn", "operation_id"]).doNothing())
        .returningAll()
        .executeTakeFirst();
      if (inserted) return { revision: toRevision(inserted), created: true };
      const first = await db
        .selectFrom("revisions")
        .selectAll()
        .where("service_arn", "=", input.serviceArn)
        .where("operation_id", "=", input.operationId)
        .executeTakeFirstOrThrow();
      return { revision: toRevision(first), created: false };
    },

    async list(serviceArn) {
      const rows = await db
        .selectFrom("revisions")
        .selectAll()
        .where("service_arn", "=", serviceArn)
        .orderBy("id", "desc")
        .execute();
      return rows.map(toRevision);
    },

    async get(serviceArn, id) {
      const row = await db
        .selectFrom("revisions")
        .selectAll()
        .where("service_arn", "=", serviceArn)
        .where("id", "=", id)
        .executeTakeFirst();
      return row && toRevision(row);
    },
  };
}
