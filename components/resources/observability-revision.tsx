import type { ObservabilityConfiguration } from "@aws-sdk/client-apprunner";

import { deleteObservabilityAction } from "@/app/observability/actions";
import { RelativeTime } from "@/components/ui/relative-time";

import { deleteRefusal } from "./delete-refusal";
import { DeleteResourceButton } from "./delete-resource-button";
import { DetailList } from "./detail-list";
import type { ResourceUser } from "./resource-users";
import { ResourceStatusBadge } from "./resource-status-badge";
import { ServiceLinks } from "./service-links";
import { traceVendorLabel } from "./trace-vendors";

/** One observability revision: its tracing, who uses it, Delete (or why not). */
export function ObservabilityRevision({
  config,
  users,
}: {
  config: ObservabilityConfiguration;
  users: ResourceUser[];
}) {
  const name = config.ObservabilityConfigurationName ?? "";
  const revision = config.ObservabilityConfigurationRevision;
  const headingId = `revision-${revision}`;
  return (
    <section
      aria-labelledby={headingId}
      className="space-y-3 rounded-md border border-zinc-300 p-4 dark:border-zinc-700"
    >
      <h2 id={headingId} className="text-lg font-semibold">
        Revision {revision}
        {config.Latest && <span className="ml-2 text-sm font-normal">(latest)</span>}
      </h2>
      <DetailList
        items={[
          { label: "Status", value: <ResourceStatusBadge status={config.Status} /> },
          { label: "Tracing", value: traceVendorLabel(config.TraceConfiguration?.Vendor) },
          { label: "Used by", value: <ServiceLinks users={users} /> },
          { label: "Created", value: <RelativeTime value={config.CreatedAt?.toISOString()} /> },
          {
            label: "ARN",
            value: (
              <span className="font-mono text-xs">{config.ObservabilityConfigurationArn}</span>
            ),
          },
        ]}
      />
      <DeleteResourceButton
        label={`Delete revision ${revision}`}
        title={`Delete revision ${revision} of ${name}?`}
        confirmText={name}
        refusal={deleteRefusal("observability", { users })}
        action={deleteObservabilityAction.bind(null, config.ObservabilityConfigurationArn ?? "")}
      >
        <p>The revision can no longer be given to services. This can&apos;t be undone.</p>
      </DeleteResourceButton>
    </section>
  );
}
