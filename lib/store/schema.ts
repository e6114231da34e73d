import type { Generated } from "kysely";

export type Engine = "sqlite" | "postgres";

/**
 * The store's tables as Kysely sees them, the same on both engines: JSON is kept as text and
 * times as ISO 8601 text, which both store and compare alike.
 */
export type Database = {
  revisions: RevisionsTable;
  audit: AuditTable;
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

/**
 * One row per change asked of Runnerdeck (or refused by it): who, what, on which resource, the
 * request with its secrets redacted, and how it ended. Rows are only ever added.
 */
export type AuditTable = {
  id: Generated<number>;
  /** ISO time the entry was written, once the call had answered. */
  at: string;
  actor_id: string;
  actor_name: string;
  /** A key of ACTIONS (lib/auth/permissions.ts), e.g. "pauseService". */
  action: string;
  resource_arn: string | null;
  resource_name: string | null;
  /** The request(s) sent, by operation name, secrets redacted, as JSON. */
  request: string;
  /** "ok", "error" or "refused". */
  result: string;
  /** App Runner's operation id, when the call started one. */
  operation_id: string | null;
  /** The error or refusal as the person saw it. */
  message: string | null;
};
