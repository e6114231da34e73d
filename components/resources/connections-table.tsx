import type { ConnectionSummary } from "@aws-sdk/client-apprunner";

import { RelativeTime } from "@/components/ui/relative-time";

import { providerLabel } from "./connection-providers";
import { statusColumn } from "./resource-columns";
import { ResourceTable, type ResourceColumn } from "./resource-table";

const COLUMNS: readonly ResourceColumn<ConnectionSummary>[] = [
  { header: "Provider", cell: (c) => providerLabel(c.ProviderType) },
  statusColumn((c) => c.Status),
  { header: "Created", cell: (c) => <RelativeTime value={c.CreatedAt?.toISOString()} /> },
];

export function ConnectionsTable({ connections }: { connections: ConnectionSummary[] }) {
  return (
    <ResourceTable
      kind="connection"
      label="Connections table"
      minWidth="min-w-[30rem]"
      rows={connections}
      keyOf={(c) => c.ConnectionArn}
      nameOf={(c) => c.ConnectionName}
      columns={COLUMNS}
    />
  );
}
