import { listVpcConnectors } from "@/lib/apprunner/api/list-vpc-connectors";
import { respondJson } from "@/lib/apprunner/api/respond-json";
import type { VpcConnectorItem } from "@/lib/apprunner/form/picker-items";

export const dynamic = "force-dynamic";

export function GET(): Promise<Response> {
  return respondJson(async (): Promise<VpcConnectorItem[]> =>
    (await listVpcConnectors())
      .filter((c) => c.Status !== "INACTIVE")
      .map((c) => ({
        arn: c.VpcConnectorArn ?? "",
        name: c.VpcConnectorName ?? "",
        revision: c.VpcConnectorRevision ?? 1,
      })),
  );
}
