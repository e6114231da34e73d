import type { ObservabilityConfiguration } from "@aws-sdk/client-apprunner";
import Link from "next/link";

import { DataTable } from "@/components/ui/data-table";

import type { ResourceUser } from "./resource-users";
import { ResourceStatusBadge } from "./resource-status-badge";
import { ServiceLinks } from "./service-links";
import { traceVendorLabel } from "./trace-vendors";

const COLUMNS = ["Name", "Revision", "Tracing", "Status", "Used by services"] as const;

export function ObservabilityTable({
  rows,
}: {
  rows: { config: ObservabilityConfiguration; users: ResourceUser[] }[];
}) {
  return (
    <DataTable
      label="Observability configurations table"
      columns={COLUMNS}
      minWidth="min-w-[36rem]"
    >
      {rows.map(({ config: c, users }) => (
        <tr
          key={c.ObservabilityConfigurationArn}
          className="border-t border-zinc-200 align-top dark:border-zinc-800"
        >
          <th scope="row" className="px-3 py-2 font-medium">
            <Link
              href={`/observability/${encodeURIComponent(c.ObservabilityConfigurationName ?? "")}`}
              className="text-sky-800 underline dark:text-sky-300"
            >
              {c.ObservabilityConfigurationName}
            </Link>
          </th>
          <td className="px-3 py-2">{c.ObservabilityConfigurationRevision}</td>
          <td className="px-3 py-2">{traceVendorLabel(c.TraceConfiguration?.Vendor)}</td>
          <td className="px-3 py-2">
            <ResourceStatusBadge status={c.Status} />
          </td>
          <td className="px-3 py-2">
            <ServiceLinks users={users} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
