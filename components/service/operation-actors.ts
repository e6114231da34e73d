import { ACTION_LABELS } from "@/lib/audit/action-labels";
import type { Action } from "@/lib/auth/permissions";
import type { AuditEntry } from "@/lib/store/audit";
import type { WireOperation } from "@/lib/apprunner/watch/wire";

/** The App Runner operation each audited action starts. */
const OPERATION_OF: Partial<Record<Action, string>> = {
  createService: "CREATE_SERVICE",
  updateService: "UPDATE_SERVICE",
  deployService: "START_DEPLOYMENT",
  pauseService: "PAUSE_SERVICE",
  resumeService: "RESUME_SERVICE",
  deleteService: "DELETE_SERVICE",
};

/**
 * An entry without an operation id (the call's answer did not carry one) is matched to the
 * operation of its type that started nearest its time, within this much: two operations of one
 * type can't start this close together on one service (the first must end before the next).
 */
const NEAR_MS = 60_000;

/**
 * "Paused by alice@example.com" for each of the service's operations that someone started
 * through Runnerdeck, by operation id: from audit entries that went through, matched by the
 * operation id they recorded, else by type and time.
 */
export function operationActors(
  entries: readonly AuditEntry[],
  operations: readonly WireOperation[],
): Map<string, string> {
  const byOperation = new Map<string, string>();
  const sentence = (entry: AuditEntry) =>
    `${ACTION_LABELS[entry.action as Action]?.done ?? "Started"} by ${entry.actor.name}`;
  const known = new Set(operations.flatMap((op) => (op.Id ? [op.Id] : [])));
  const unmatched: AuditEntry[] = [];
  for (const entry of entries) {
    if (entry.result !== "ok" || !OPERATION_OF[entry.action as Action]) continue;
    if (entry.operationId && known.has(entry.operationId)) {
      if (!byOperation.has(entry.operationId)) byOperation.set(entry.operationId, sentence(entry));
    } else if (!entry.operationId) unmatched.push(entry);
  }
  for (const entry of unmatched) {
    const type = OPERATION_OF[entry.action as Action];
    const at = Date.parse(entry.at);
    let best: { id: string; distance: number } | undefined;
    for (const op of operations) {
      if (op.Type !== type || !op.Id || byOperation.has(op.Id)) continue;
      // A service has one create: its entry is about that operation whenever it was written.
      const distance =
        type === "CREATE_SERVICE" ? 0 : Math.abs(Date.parse(op.StartedAt ?? "") - at);
      if (distance <= NEAR_MS && (!best || distance < best.distance))
        best = { id: op.Id, distance };
    }
    if (best) byOperation.set(best.id, sentence(entry));
  }
  return byOperation;
}
