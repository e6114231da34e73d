import "server-only";

import { describeError } from "@/lib/store/describe-error";
import { getStore, type AuditEntryInput } from "@/lib/store";

/**
 * Adds an entry to the audit log. The change it describes has already happened (or been
 * refused), so a store that fails can't undo it: the failure is logged loudly with what the
 * entry said, for an operator to reconcile, and the person still gets their answer.
 */
export async function recordAudit(entry: AuditEntryInput): Promise<void> {
  try {
    await (await getStore()).audit.append(entry);
  } catch (error) {
    const what = `${entry.action} by ${entry.actor.name} on ${entry.resourceArn ?? "(no resource)"}`;
    console.error(
      `Audit: could not record ${what} (${entry.result}${entry.operationId ? ` ${entry.operationId}` : ""}): ${describeError(error)}`,
    );
  }
}
