import type { Kysely, Selectable } from "kysely";

import { redactRequest } from "@/lib/audit/redact";

import type { AuditTable, Database } from "./schema";

export const AUDIT_RESULTS = ["ok", "error", "refused"] as const;
/** ok: App Runner accepted it; error: it (or the dashboard's own check) said no; refused: the role. */
export type AuditResult = (typeof AUDIT_RESULTS)[number];

export type AuditEntryInput = {
  /** The person: a stable id and what people read (an email when there is one). */
  actor: { id: string; name: string };
  /** A key of ACTIONS (lib/auth/permissions.ts). */
  action: string;
  resourceArn: string | null;
  resourceName: string | null;
  /** The request(s) as sent, by operation name; secrets are redacted on the way in. */
  request: unknown;
  result: AuditResult;
  /** App Runner's operation id, when the call started one. */
  operationId: string | null;
  /** The error or the refusal as the person saw it; null when it went through. */
  message: string | null;
  /** When it happened; now when not given. */
  at?: string;
};

export type AuditEntry = Omit<AuditEntryInput, "at"> & { id: number; at: string };

export type AuditFilter = {
  /** Only this resource's entries (exact ARN). */
  resourceArn?: string;
  /** Only entries whose resource has this ARN or this name. */
  resource?: string;
  /** Only this person's entries: their id or their name, exactly. */
  actor?: string;
  action?: string;
  result?: AuditResult;
  /** ISO time, inclusive. */
  since?: string;
  /** ISO time, exclusive. */
  until?: string;
  /** At most this many (1 to MAX_AUDIT_PAGE). */
  limit: number;
  /** Entries older than the one with this id: the next page after it. */
  before?: number;
};

export const MAX_AUDIT_PAGE = 1000;

export type AuditStore = {
  /** Adds an entry; there is no way to change or remove one (the database refuses it too). */
  append(entry: AuditEntryInput): Promise<AuditEntry>;
  /** Newest first (by id), matching every filter given. */
  list(filter: AuditFilter): Promise<AuditEntry[]>;
};

function toEntry(row: Selectable<AuditTable>): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actor: { id: row.actor_id, name: row.actor_name },
    action: row.action,
    resourceArn: row.resource_arn,
    resourceName: row.resource_name,
    request: JSON.parse(row.request) as unknown,
    result: row.result as AuditResult,
    operationId: row.operation_id,
    message: row.message,
  };
}

export function auditStore(db: Kysely<Database>): AuditStore {
  return {
    async append(entry) {
      const row = await db
        .insertInto("audit")
        .values({
          at: entry.at ?? new Date().toISOString(),
          actor_id: entry.actor.id,
          actor_name: entry.actor.name,
          action: entry.action,
          resource_arn: entry.resourceArn,
          resource_name: entry.resourceName,
          // Here rather than trusted to every caller: nothing secret can reach the log.
          request: JSON.stringify(redactRequest(entry.request) ?? null),
          result: entry.result,
          operation_id: entry.operationId,
          message: entry.message,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toEntry(row);
    },

    async list(filter) {
      let query = db.selectFrom("audit").selectAll();
      const { resourceArn, resource, actor, action, result, since, until, before } = filter;
      if (resourceArn !== undefined) query = query.where("resource_arn", "=", resourceArn);
      if (resource !== undefined)
        query = query.where((eb) =>
          eb.or([eb("resource_arn", "=", resource), eb("resource_name", "=", resource)]),
        );
      if (actor !== undefined)
        query = query.where((eb) =>
          eb.or([eb("actor_id", "=", actor), eb("actor_name", "=", actor)]),
        );
      if (action !== undefined) query = query.where("action", "=", action);
      if (result !== undefined) query = query.where("result", "=", result);
      if (since !== undefined) query = query.where("at", ">=", since);
      if (until !== undefined) query = query.where("at", "<", until);
      if (before !== undefined) query = query.where("id", "<", before);
      const limit = Math.min(Math.max(Math.trunc(filter.limit) || 1, 1), MAX_AUDIT_PAGE);
      const rows = await query.orderBy("id", "desc").limit(limit).execute();
      return rows.map(toEntry);
    },
  };
}
