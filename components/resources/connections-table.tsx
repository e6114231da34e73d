import type { ConnectionSummary } from "@aws-sdk/client-apprunner";
import Link from "next/link";

import { DataTable } from "@/components/ui/data-table";
import { RelativeTime } from "@/components/ui/relative-time";

import { providerLabel } from "./connection-providers";
import { ResourceStatusBadge } from "./resource-status-badge";

const COLUMNS = ["Name", "Provider", "Status", "Created"] as const;

export function ConnectionsTable({ connections }: { connections: ConnectionSummary[] }) {
  return (
    <DataTable label="Connections table" columns={COLUMNS} minWidth="min-w-[30rem]">
      {connections.map((c) => (
        <tr key={c.ConnectionArn} className="border-t border-zinc-200 dark:border-zinc-800">
          <th scope="row" className="px-3 py-2 font-medium">
            <Link
              href={`/connections/${c.ConnectionName}`}
              className="text-sky-800 underline dark:text-sky-300"
            >
              {c.ConnectionName}
            </Link>
          </th>
          <td className="px-3 py-2">{providerLabel(c.ProviderType)}</td>
          <td className="px-3 py-2">
            <ResourceStatusBadge status={c.Status} />
          </td>
          <td className="px-3 py-2">
            <RelativeTime value={c.CreatedAt?.toISOString()} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
