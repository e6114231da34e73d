import type { AutoScalingConfiguration } from "@aws-sdk/client-apprunner";

import { DefaultMark } from "./default-mark";
import type { RevisionGroup } from "./group-revisions";
import { ResourceTable, type ResourceColumn } from "./resource-table";

type Row = { config: AutoScalingConfiguration; first: boolean };

const COLUMNS: readonly ResourceColumn<Row>[] = [
  { header: "Revision", cell: (r) => r.config.AutoScalingConfigurationRevision },
  { header: "Max concurrency", cell: (r) => r.config.MaxConcurrency },
  { header: "Min size", cell: (r) => r.config.MinSize },
  { header: "Max size", cell: (r) => r.config.MaxSize },
  { header: "Default", cell: (r) => (r.config.IsDefault ? <DefaultMark /> : "—") },
  { header: "Used by services", cell: (r) => (r.config.HasAssociatedService ? "Yes" : "No") },
];

/** Every revision of every name, grouped under its name, newest first. */
export function AutoScalingTable({
  groups,
}: {
  groups: RevisionGroup<AutoScalingConfiguration>[];
}) {
  return (
    <ResourceTable
      kind="auto-scaling"
      label="Auto scaling configurations table"
      minWidth="min-w-[44rem]"
      rows={groups.flatMap(({ revisions }) =>
        revisions.map((config, i) => ({ config, first: i === 0 })),
      )}
      keyOf={(r) => r.config.AutoScalingConfigurationArn}
      nameOf={(r) => r.config.AutoScalingConfigurationName}
      repeatsName={(r) => !r.first}
      columns={COLUMNS}
    />
  );
}
