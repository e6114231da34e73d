import type { AutoScalingConfiguration } from "@aws-sdk/client-apprunner";

import { deleteAutoScalingAction, setDefaultAutoScalingAction } from "@/app/auto-scaling/actions";
import { RelativeTime } from "@/components/ui/relative-time";

import { DefaultMark } from "./default-mark";
import { deleteRefusal } from "./delete-refusal";
import { DeleteResourceButton } from "./delete-resource-button";
import { DetailList } from "./detail-list";
import type { ResourceUser } from "./resource-users";
import { ResourceStatusBadge } from "./resource-status-badge";
import { RunActionButton } from "./run-action-button";
import { ServiceLinks } from "./service-links";

/** One revision: its numbers, who uses it, Set default and Delete (or why not). */
export function AutoScalingRevision({
  config,
  users,
}: {
  config: AutoScalingConfiguration;
  users: ResourceUser[];
}) {
  const arn = config.AutoScalingConfigurationArn ?? "";
  const name = config.AutoScalingConfigurationName ?? "";
  const revision = config.AutoScalingConfigurationRevision;
  const headingId = `revision-${revision}`;
  return (
    <section
      aria-labelledby={headingId}
      className="space-y-3 rounded-md border border-zinc-300 p-4 dark:border-zinc-700"
    >
      <h2 id={headingId} className="flex flex-wrap items-center gap-2 text-lg font-semibold">
        Revision {revision}
        {config.Latest && <span className="text-sm font-normal">(latest)</span>}
        {config.IsDefault && (
          <span className="text-sm">
            <DefaultMark />
          </span>
        )}
      </h2>
      <DetailList
        items={[
          { label: "Status", value: <ResourceStatusBadge status={config.Status} /> },
          { label: "Max concurrency", value: config.MaxConcurrency },
          { label: "Min size", value: config.MinSize },
          { label: "Max size", value: config.MaxSize },
          { label: "Used by", value: <ServiceLinks users={users} /> },
          { label: "Created", value: <RelativeTime value={config.CreatedAt?.toISOString()} /> },
          { label: "ARN", value: <span className="font-mono text-xs">{arn}</span> },
        ]}
      />
      <div className="flex flex-wrap items-start gap-4">
        <RunActionButton
          action={setDefaultAutoScalingAction.bind(null, arn)}
          disabledReason={config.IsDefault ? "It is the default." : undefined}
        >
          Set revision {revision} as default
        </RunActionButton>
        <DeleteResourceButton
          label={`Delete revision ${revision}`}
          title={`Delete revision ${revision} of ${name}?`}
          confirmText={name}
          refusal={deleteRefusal("auto-scaling", { isDefault: config.IsDefault, users })}
          action={deleteAutoScalingAction.bind(null, arn)}
        >
          <p>
            The revision can no longer be given to services. Other revisions of {name} stay. This
            can&apos;t be undone.
          </p>
        </DeleteResourceButton>
      </div>
    </section>
  );
}
