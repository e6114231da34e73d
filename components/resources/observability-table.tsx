import type { ObservabilityConfiguration } from "@aws-sdk/client-apprunner";

import type { ResourceColumn } from "./resource-table";
import type { RevisionRow } from "./revision-rows";
import { RevisionTable } from "./revision-table";
import { traceVendorLabel } from "./trace-vendors";

type Row = RevisionRow<ObservabilityConfiguration>;

const COLUMNS: readonly ResourceColumn<Row>[] = [
  { header: "Tracing", cell: (r) => traceVendorLabel(r.item.TraceConfiguration?.Vendor) },
];

export function ObservabilityTable({ rows }: { rows: Row[] }) {
  return (
    <RevisionTable kind="observability" minWidth="min-w-[36rem]" rows={rows} columns={COLUMNS} />
  );
}
