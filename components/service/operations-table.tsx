"use client";

import { ChevronDown, ChevronRight } from "lucide-react";
import { Fragment, useMemo, useState } from "react";

import { Button } from "@/components/ui/button";
import { formatDuration } from "@/components/ui/format-time";
import { DataTable } from "@/components/ui/data-table";
import { RelativeTime } from "@/components/ui/relative-time";
import { StatusBadge } from "@/components/ui/status-badge";
import type { WireOperation } from "@/lib/apprunner/watch/wire";
import type { AuditEntry } from "@/lib/store/audit";

import { DeploymentLog } from "./deployment-log";
import { operationActors } from "./operation-actors";
import { operationTypeLabel } from "./operation-labels";
import { useOlderOperations } from "./use-older-operations";

const OPERATION_COLUMNS = ["Operation", "Status", "Started", "Ended", "Duration"] as const;

function duration(op: WireOperation, now: number): number | undefined {
  const start = op.StartedAt ? Date.parse(op.StartedAt) : NaN;
  if (Number.isNaN(start)) return undefined;
  const end = op.EndedAt ? Date.parse(op.EndedAt) : now;
  return end - start;
}

/**
 * Every operation (newest first) with its timing; opening one shows its deployment log. The
 * live snapshot holds the newest page; older pages are read when asked for.
 */
export function OperationsTable({
  arn,
  operations: live,
  now,
  audit,
}: {
  arn: string;
  operations: WireOperation[];
  now: number;
  /** The service's audit entries: each operation started through Runnerdeck says by whom. */
  audit?: readonly AuditEntry[];
}) {
  const [open, setOpen] = useState<string | undefined>();
  const history = useOlderOperations(arn, live);
  const { operations } = history;
  const actors = useMemo(() => operationActors(audit ?? [], operations), [audit, operations]);
  return (
    <section aria-labelledby="activity-heading" className="space-y-2">
      <h2 id="activity-heading" className="text-lg font-semibold">
        Activity
      </h2>
      {operations.length === 0 ? (
        <p className="text-sm">No operations yet.</p>
      ) : (
        <DataTable label="Operations table" columns={OPERATION_COLUMNS} minWidth="min-w-[36rem]">
          {operations.map((op) => {
            const id = op.Id ?? "";
            const expanded = open === id;
            return (
              <Fragment key={id}>
                <tr
                  className="border-t border-zinc-200 dark:border-zinc-800"
                  data-operation={op.Type}
                >
                  <td className="px-3 py-2">
                    <button
                      type="button"
                      aria-expanded={expanded}
                      aria-controls={`log-${id}`}
                      onClick={() => setOpen(expanded ? undefined : id)}
                      className="inline-flex items-center gap-1 rounded font-medium underline-offset-2 hover:underline"
                    >
                      {expanded ? (
                        <ChevronDown aria-hidden="true" className="size-4" />
                      ) : (
                        <ChevronRight aria-hidden="true" className="size-4" />
                      )}
                      {operationTypeLabel(op.Type)}
                      <span className="sr-only">: {expanded ? "hide" : "show"} deployment log</span>
                    </button>
                    {actors.get(id) && (
                      <span
                        className="block pl-5 text-xs text-zinc-700 [overflow-wrap:anywhere] dark:text-zinc-300"
                        data-testid="operation-actor"
                      >
                        {actors.get(id)}
                      </span>
                    )}
                  </td>
                  <td className="px-3 py-2">
                    <StatusBadge status={op.Status} />
                  </td>
                  <td className="px-3 py-2">
                    <RelativeTime value={op.StartedAt} />
                  </td>
                  <td className="px-3 py-2">
                    <RelativeTime value={op.EndedAt} />
                  </td>
                  <td className="px-3 py-2 tabular-nums">{formatDuration(duration(op, now))}</td>
                </tr>
                {expanded && (
                  <tr id={`log-${id}`}>
                    <td colSpan={5} className="px-3 pb-3">
                      <DeploymentLog arn={arn} operationId={id} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </DataTable>
      )}
      <div className="flex flex-wrap items-center gap-3 text-sm">
        {history.hasOlder && (
          <Button variant="secondary" onClick={history.showOlder} disabled={history.loading}>
            Show older operations
          </Button>
        )}
        <p aria-live="polite" data-testid="operations-history">
          {history.loading
            ? "Reading older operations…"
            : history.complete
              ? `All ${operations.length} operations are shown.`
              : ""}
        </p>
        {history.error && (
          <p className="text-red-700 dark:text-red-400">
            Older operations could not be read: {history.error}
          </p>
        )}
      </div>
    </section>
  );
}
