import { RelativeTime } from "@/components/ui/relative-time";
import { DataTable } from "@/components/ui/data-table";
import { actionLabel, requestOperations } from "@/lib/audit/action-labels";
import { servicePath } from "@/lib/apprunner/watch/service-arn";
import type { AuditEntry } from "@/lib/store/audit";
import { cn } from "@/lib/cn";

import { RESULT_LABELS } from "./result-labels";

const COLUMNS = ["When", "Person", "Action", "Resource", "Result", "Request"] as const;

const RESULT_CLASSES: Record<AuditEntry["result"], string> = {
  ok: "text-green-800 dark:text-green-300",
  error: "text-red-700 dark:text-red-400",
  refused: "text-amber-800 dark:text-amber-300",
};

function Resource({ entry }: { entry: AuditEntry }) {
  if (!entry.resourceArn && !entry.resourceName) return <span>—</span>;
  const page = entry.resourceArn ? servicePath(entry.resourceArn) : undefined;
  const name = entry.resourceName ?? entry.resourceArn;
  return (
    <span className="flex flex-col">
      {page ? (
        <a href={page} className="font-medium underline underline-offset-2">
          {name}
        </a>
      ) : (
        <span className="font-medium">{name}</span>
      )}
      {entry.resourceArn && (
        <span className="font-mono text-xs text-zinc-700 [overflow-wrap:anywhere] dark:text-zinc-300">
          {entry.resourceArn}
        </span>
      )}
    </span>
  );
}

/** The entries, newest first: who did what to which resource, and how it ended. */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  return (
    <DataTable label="Audit log entries" columns={COLUMNS} minWidth="min-w-[56rem]">
      {entries.map((entry) => (
        <tr
          key={entry.id}
          className="border-t border-zinc-200 align-top dark:border-zinc-800"
          data-testid="audit-entry"
        >
          <td className="px-3 py-2 whitespace-nowrap">
            <RelativeTime value={entry.at} />
            <span className="block font-mono text-xs text-zinc-700 dark:text-zinc-300">
              {entry.at.replace("T", " ").slice(0, 19)} UTC
            </span>
          </td>
          <td className="px-3 py-2 [overflow-wrap:anywhere]">
            {entry.actor.name}
            {entry.actor.id && entry.actor.id !== entry.actor.name && (
              <span className="block text-xs text-zinc-700 dark:text-zinc-300">
                {entry.actor.id}
              </span>
            )}
          </td>
          <td className="px-3 py-2">
            {actionLabel(entry.action)}
            <span className="block font-mono text-xs text-zinc-700 dark:text-zinc-300">
              {requestOperations(entry.request).join(", ")}
            </span>
          </td>
          <td className="max-w-72 px-3 py-2">
            <Resource entry={entry} />
          </td>
          <td className="max-w-64 px-3 py-2">
            <span className={cn("font-medium", RESULT_CLASSES[entry.result])}>
              {RESULT_LABELS[entry.result]}
            </span>
            {entry.operationId && (
              <span className="block font-mono text-xs [overflow-wrap:anywhere]">
                {entry.operationId}
              </span>
            )}
            {entry.message && <span className="block text-xs">{entry.message}</span>}
          </td>
          <td className="max-w-80 px-3 py-2">
            <details>
              <summary className="cursor-pointer text-sm underline underline-offset-2">
                Show request
              </summary>
              <pre
                tabIndex={0}
                className="mt-2 max-h-80 overflow-auto rounded bg-zinc-100 p-2 text-xs dark:bg-zinc-900"
              >
                {JSON.stringify(entry.request, null, 2)}
              </pre>
            </details>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
