"use client";

import { useQuery } from "@tanstack/react-query";

import { RelativeTime } from "@/components/ui/relative-time";
import { StatusBadge } from "@/components/ui/status-badge";
import { deploymentPhases } from "@/lib/apprunner/deployment-phases";
import type { WireOperation, WireService } from "@/lib/apprunner/watch/wire";
import { serviceQueries } from "@/lib/query/service-queries";

import { FailureExplanation } from "./failure-explanation";
import { OperationTimeline } from "./operation-timeline";
import { operationTypeLabel } from "./operation-labels";
import { useTicker } from "./use-ticker";

/** The newest operation as a phase timeline; a failure names its phase and shows why. */
export function CurrentOperation({
  service,
  operation,
  renderedAt,
}: {
  service: WireService;
  operation: WireOperation | undefined;
  renderedAt: number;
}) {
  const arn = service.ServiceArn!;
  // The live stream fills these; they are never fetched per viewer here.
  const events = useQuery({ ...serviceQueries.log(arn, "events"), enabled: false });
  const deployment = useQuery({
    ...serviceQueries.log(arn, `deployment/${operation?.Id ?? "none"}`),
    enabled: false,
  });
  const running =
    operation?.Status === "PENDING" ||
    operation?.Status === "IN_PROGRESS" ||
    operation?.Status === "ROLLBACK_IN_PROGRESS";
  const now = useTicker(running, renderedAt);

  return (
    <section aria-labelledby="current-op-heading" className="space-y-3">
      <h2 id="current-op-heading" className="text-lg font-semibold">
        Current operation
      </h2>
      {!operation ? (
        <p className="text-sm">No operations yet.</p>
      ) : (
        <CurrentOperationBody
          operation={operation}
          service={service}
          now={now}
          lines={[...(events.data?.lines ?? []), ...(deployment.data?.lines ?? [])]}
          deploymentLines={deployment.data?.lines ?? []}
        />
      )}
    </section>
  );
}

function CurrentOperationBody({
  operation,
  service,
  now,
  lines,
  deploymentLines,
}: {
  operation: WireOperation;
  service: WireService;
  now: number;
  lines: { timestamp: number; message: string }[];
  deploymentLines: { timestamp: number; message: string }[];
}) {
  const sourceKind = service.SourceConfiguration?.CodeRepository
    ? "code"
    : service.SourceConfiguration?.ImageRepository
      ? "image"
      : undefined;
  const progress = deploymentPhases({ operation, lines, deploymentLines, sourceKind, now });
  return (
    <div className="space-y-3">
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium">{operationTypeLabel(operation.Type)}</span>
        <StatusBadge status={operation.Status} />
        <span className="text-zinc-700 dark:text-zinc-300">
          started <RelativeTime value={operation.StartedAt} />
        </span>
      </p>
      <OperationTimeline phases={progress.phases} totalMs={progress.totalMs} />
      {progress.failure && (
        <FailureExplanation
          failure={progress.failure}
          rolledBack={operation.Status === "ROLLBACK_SUCCEEDED"}
        />
      )}
    </div>
  );
}
