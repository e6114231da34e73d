import type { OperationSummary } from "@/lib/apprunner/schema/shapes.generated";

import type { OperationRow } from "../store/resource-store";

export function toOperationSummary(row: OperationRow): OperationSummary {
  return {
    Id: row.id,
    Type: row.type as OperationSummary["Type"],
    Status: row.status as OperationSummary["Status"],
    TargetArn: row.service_arn,
    StartedAt: row.started_at,
    ...(row.ended_at !== null ? { EndedAt: row.ended_at } : {}),
    UpdatedAt: row.updated_at,
  };
}
