import type { Generated } from "kysely";

export type Engine = "sqlite" | "postgres";

/**
 * The store's tables as Kysely sees them, the same on both engines: JSON is kept as text and
 * times as ISO 8601 text, which both store and compare alike.
 */
export type Database = {
  revisions: RevisionsTable;
};

/** One row per successful App Runner operation the dashboard saw on a service. */
export type RevisionsTable = {
  id: Generated<number>;
  service_arn: string;
  /** Unique per service: recording the same operation twice keeps the first row. */
  operation_id: string;
  operation_type: string;
  operation_ended_at: string | null;
  actor: string | null;
  /** DescribeService's `Service` after the operation, as JSON. */
  service: string;
  /** The service's tags, `[{ Key, Value }]` as JSON. */
  tags: string;
  recorded_at: string;
};
