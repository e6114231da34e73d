import type { VpcIngressConnection } from "@aws-sdk/client-apprunner";

import { statusColumn } from "./resource-columns";
import { ResourceTable, type ResourceColumn } from "./resource-table";
import { ServiceLink } from "./service-link";

const ID_CELL = "px-3 py-2 font-mono text-xs";

const COLUMNS: readonly ResourceColumn<VpcIngressConnection>[] = [
  { header: "Service", cell: (c) => <ServiceLink arn={c.ServiceArn} /> },
  { header: "VPC", cell: (c) => c.IngressVpcConfiguration?.VpcId, className: ID_CELL },
  {
    header: "VPC endpoint",
    cell: (c) => c.IngressVpcConfiguration?.VpcEndpointId,
    className: ID_CELL,
  },
  statusColumn((c) => c.Status),
];

export function VpcIngressTable({ connections }: { connections: VpcIngressConnection[] }) {
  return (
    <ResourceTable
      kind="vpc-ingress"
      label="VPC ingress connections table"
      minWidth="min-w-[40rem]"
      rows={connections}
      keyOf={(c) => c.VpcIngressConnectionArn}
      nameOf={(c) => c.VpcIngressConnectionName}
      columns={COLUMNS}
    />
  );
}
