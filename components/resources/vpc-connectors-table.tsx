import type { VpcConnector } from "@aws-sdk/client-apprunner";

import { IdList } from "./id-list";
import type { ResourceColumn } from "./resource-table";
import type { RevisionRow } from "./revision-rows";
import { RevisionTable } from "./revision-table";

type Row = RevisionRow<VpcConnector>;

const COLUMNS: readonly ResourceColumn<Row>[] = [
  { header: "Subnets", cell: (r) => <IdList ids={r.item.Subnets} /> },
  { header: "Security groups", cell: (r) => <IdList ids={r.item.SecurityGroups} /> },
];

export function VpcConnectorsTable({ rows }: { rows: Row[] }) {
  return (
    <RevisionTable kind="vpc-connector" minWidth="min-w-[44rem]" rows={rows} columns={COLUMNS} />
  );
}
