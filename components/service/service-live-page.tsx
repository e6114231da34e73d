"use client";

import { useQuery } from "@tanstack/react-query";

import { serviceQueries } from "@/lib/query/service-queries";

import { CurrentOperation } from "./current-operation";
import { CustomDomainsSection } from "./custom-domains/custom-domains-section";
import { EventLog } from "./event-log";
import { InstanceCount } from "./instance-count";
import { OperationsTable } from "./operations-table";
import { RecentChanges } from "./recent-changes";
import { ServiceActions } from "./service-actions";
import { ServiceConfiguration } from "./service-configuration";
import { serviceAuditQuery } from "./service-audit-query";
import { ServiceHeader } from "./service-header";
import { useServiceStream } from "./use-service-stream";
import { useTicker } from "./use-ticker";

/** The live service page: renders from the query cache, which the stream keeps current. */
export function ServiceLivePage({ arn, renderedAt }: { arn: string; renderedAt: number }) {
  const stream = useServiceStream(arn);
  const { data } = useQuery(serviceQueries.detail(arn));
  const now = useTicker(data?.service.Status === "OPERATION_IN_PROGRESS", renderedAt);
  const audit = useQuery(serviceAuditQuery(arn, data?.operations[0]));
  const entries = audit.data?.entries;
  if (!data) return <p>Loading the service…</p>;
  const { service, operations } = data;
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <ServiceHeader service={service} stream={stream} />
        {service.Status !== "DELETED" && <InstanceCount arn={arn} />}
      </div>
      <ServiceActions service={service} />
      <CurrentOperation service={service} operation={operations[0]} renderedAt={renderedAt} />
      <OperationsTable arn={arn} operations={operations} now={now} audit={entries} />
      <RecentChanges arn={arn} entries={entries} error={audit.error?.message} />
      <EventLog arn={arn} serviceName={service.ServiceName ?? "service"} current={operations[0]} />
      <CustomDomainsSection service={service} />
      <ServiceConfiguration arn={arn} service={service} />
    </div>
  );
}
