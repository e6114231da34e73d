import type { VpcConnector } from "@aws-sdk/client-apprunner";
import Link from "next/link";

import { DataTable } from "@/components/ui/data-table";

import { IdList } from "./id-list";
import type { ResourceUser } from "./resource-users";
import { ResourceStatusBadge } from "./resource-status-badge";
import { ServiceLinks } from "./service-links";

const COLUMNS = [
  "Name",
  "Revision",
  "Subnets",
  "Security groups",
  "Status",
  "Used by services",
] as const;

export function VpcConnectorsTable({
  connectors,
}: {
  connectors: { connector: VpcConnector; users: ResourceUser[] }[];
}) {
  return (
    <DataTable label="VPC connectors table" columns={COLUMNS} minWidth="min-w-[44rem]">
      {connectors.map(({ connector: c, users }) => (
        <tr
          key={c.VpcConnectorArn}
          className="border-t border-zinc-200 align-top dark:border-zinc-800"
        >
          <th scope="row" className="px-3 py-2 font-medium">
            <Link
              href={`/vpc/connectors/${encodeURIComponent(c.VpcConnectorName ?? "")}`}
              className="text-sky-800 underline dark:text-sky-300"
            >
              {c.VpcConnectorName}
            </Link>
          </th>
          <td className="px-3 py-2">{c.VpcConnectorRevision}</td>
          <td className="px-3 py-2">
            <IdList ids={c.Subnets} />
          </td>
          <td className="px-3 py-2">
            <IdList ids={c.SecurityGroups} />
          </td>
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
