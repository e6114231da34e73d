import type { VpcIngressConnection } from "@aws-sdk/client-apprunner";
import Link from "next/link";

import { DataTable } from "@/components/ui/data-table";
import { servicePath, parseServiceArn } from "@/lib/apprunner/watch/service-arn";

import { ResourceStatusBadge } from "./resource-status-badge";

const COLUMNS = ["Name", "Service", "VPC", "VPC endpoint", "Status"] as const;

export function VpcIngressTable({ connections }: { connections: VpcIngressConnection[] }) {
  return (
    <DataTable label="VPC ingress connections table" columns={COLUMNS} minWidth="min-w-[40rem]">
      {connections.map((c) => {
        const service = c.ServiceArn ? parseServiceArn(c.ServiceArn) : undefined;
        return (
          <tr
            key={c.VpcIngressConnectionArn}
            className="border-t border-zinc-200 dark:border-zinc-800"
          >
            <th scope="row" className="px-3 py-2 font-medium">
              <Link
                href={`/vpc/ingress/${encodeURIComponent(c.VpcIngressConnectionName ?? "")}`}
                className="text-sky-800 underline dark:text-sky-300"
              >
                {c.VpcIngressConnectionName}
              </Link>
            </th>
            <td className="px-3 py-2">
              {service ? (
                <Link href={servicePath(c.ServiceArn!)!} className="underline">
                  {service.name}
                </Link>
              ) : (
                "—"
              )}
            </td>
            <td className="px-3 py-2 font-mono text-xs">{c.IngressVpcConfiguration?.VpcId}</td>
            <td className="px-3 py-2 font-mono text-xs">
              {c.IngressVpcConfiguration?.VpcEndpointId}
            </td>
            <td className="px-3 py-2">
              <ResourceStatusBadge status={c.Status} />
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
