import type { ObservabilityConfiguration } from "@aws-sdk/client-apprunner";

import { deleteObservabilityAction } from "@/app/observability/actions";

import { deleteRefusal } from "./delete-refusal";
import type { ResourceUser } from "./resource-users";
import { RevisionCard } from "./revision-card";
import { traceVendorLabel } from "./trace-vendors";

/** One observability revision: its tracing, who uses it, Delete (or why not). */
export function ObservabilityRevision({
  config,
  users,
}: {
  config: ObservabilityConfiguration;
  users: ResourceUser[];
}) {
  return (
    <RevisionCard
      name={config.ObservabilityConfigurationName ?? ""}
      revision={config.ObservabilityConfigurationRevision}
      arn={config.ObservabilityConfigurationArn ?? ""}
      status={config.Status}
      createdAt={config.CreatedAt}
      latest={config.Latest}
      facts={[{ label: "Tracing", value: traceVendorLabel(config.TraceConfiguration?.Vendor) }]}
      users={users}
      remove={{
        action: deleteObservabilityAction,
        refusal: deleteRefusal("observability", { users }),
        note: <p>The revision can no longer be given to services. This can&apos;t be undone.</p>,
      }}
    />
  );
}
