"use client";

import { useQuery } from "@tanstack/react-query";

import { serviceQueries } from "@/lib/query/service-queries";

/** One operation's deployment log, read once when opened (the current one also streams in). */
export function DeploymentLog({ arn, operationId }: { arn: string; operationId: string }) {
  const log = useQuery(serviceQueries.log(arn, `deployment/${operationId}`));
  if (log.isPending) return <p className="text-sm">Loading the deployment log…</p>;
  if (log.isError)
    return <p className="text-sm text-red-700 dark:text-red-400">{log.error.message}</p>;
  if (log.data.lines.length === 0)
    return <p className="text-sm">This operation has no deployment log.</p>;
  return (
    <pre
      className="max-h-72 overflow-auto whitespace-pre-wrap break-words rounded bg-zinc-100 p-2 font-mono text-xs dark:bg-zinc-900"
      tabIndex={0}
      role="region"
      aria-label="Deployment log"
      data-testid={`deployment-log-${operationId}`}
    >
      {log.data.lines
        .map((l) => `${new Date(l.timestamp).toISOString().slice(11, 19)}  ${l.message}`)
        .join("\n")}
    </pre>
  );
}
