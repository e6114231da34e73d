import "server-only";

import { getStore, type RevisionInput, type Store } from "@/lib/store";
import type { ServiceSnapshot, WireOperation, WireTag } from "@/lib/apprunner/watch/wire";

import { listServiceTags } from "./list-service-tags";

/**
 * The operation whose result a snapshot shows, when that result is a configuration worth
 * keeping: the newest operation succeeded and nothing has started since (the service is not
 * busy again). A delete leaves no configuration to restore.
 */
export function settledOperation(snapshot: ServiceSnapshot): WireOperation | undefined {
  const newest = snapshot.operations[0];
  const status = snapshot.service.Status;
  if (newest?.Status !== "SUCCEEDED" || !newest.Id || !newest.Type) return undefined;
  if (status === "OPERATION_IN_PROGRESS" || status === "DELETED") return undefined;
  if (newest.Type === "DELETE_SERVICE") return undefined;
  return newest;
}

export type RevisionRecorder = (snapshot: ServiceSnapshot, tags?: WireTag[]) => Promise<void>;

export type RevisionRecorderDeps = {
  store: () => Promise<Store>;
  listTags: (arn: string) => Promise<WireTag[]>;
};

/**
 * Records the configuration a service had after an operation it saw succeed. The store keeps
 * one revision per operation (so other replicas and restarts are safe); the map here only
 * spares this process a store call and a tags read for every repeated snapshot. History is a
 * side effect of showing a service: a store that fails is logged, never passed on.
 */
export function revisionRecorder(deps: RevisionRecorderDeps): RevisionRecorder {
  // Recorded (or being recorded) operations; a caller that finds one waits for the same write,
  // so a page that lists revisions right after recording sees its own.
  const recorded = new Map<string, Promise<void>>();

  async function record(
    arn: string,
    operation: WireOperation,
    snapshot: ServiceSnapshot,
    tags?: WireTag[],
  ) {
    const store = await deps.store();
    const input: RevisionInput = {
      serviceArn: arn,
      operationId: operation.Id!,
      operationType: operation.Type!,
      operationEndedAt: operation.EndedAt ?? null,
      // Polling sees that an operation ended, not who started it.
      actor: null,
      service: snapshot.service,
      tags: (tags ?? (await deps.listTags(arn)))
        .filter((t) => t.Key)
        .map((t) => ({ Key: t.Key!, Value: t.Value ?? "" })),
    };
    await store.revisions.record(input);
  }

  return (snapshot, tags) => {
    const arn = snapshot.service.ServiceArn;
    const operation = settledOperation(snapshot);
    if (!arn || !operation) return Promise.resolve();
    const key = `${arn}\u0000${operation.Id}`;
    let pending = recorded.get(key);
    if (!pending) {
      pending = record(arn, operation, snapshot, tags).catch((error: unknown) => {
        // Forgotten, so a later snapshot of the same operation tries again.
        recorded.delete(key);
        const reason = error instanceof Error ? error.message : String(error);
        console.warn(
          `History: could not record ${operation.Type} ${operation.Id} of ${arn}: ${reason}`,
        );
      });
      recorded.set(key, pending);
    }
    return pending;
  };
}

/** The process's recorder, on the dashboard's store. */
export const recordRevision: RevisionRecorder = revisionRecorder({
  store: getStore,
  // The SDK's tags have no dates: they are already their JSON form.
  listTags: listServiceTags,
});
