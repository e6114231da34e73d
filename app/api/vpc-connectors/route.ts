import { ListVpcConnectorsCommand } from "@aws-sdk/client-apprunner";

import { getAppRunnerClient } from "@/lib/apprunner/client";
import { listPages } from "@/lib/apprunner/form/list-pages";
import type { VpcConnectorItem } from "@/lib/apprunner/form/picker-items";
import { routeErrorResponse } from "@/lib/apprunner/form/route-error";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  try {
    const client = getAppRunnerClient();
    const connectors = await listPages(async (NextToken) => {
      const out = await client.send(new ListVpcConnectorsCommand({ NextToken, MaxResults: 100 }));
      return { items: out.VpcConnectors ?? [], nextToken: out.NextToken };
    });
    const items: VpcConnectorItem[] = connectors
      .filter((c) => c.Status !== "INACTIVE")
      .map((c) => ({
        arn: c.VpcConnectorArn ?? "",
        name: c.VpcConnectorName ?? "",
        revision: c.VpcConnectorRevision ?? 1,
      }));
    return Response.json(items);
  } catch (error) {
    return routeErrorResponse(error);
  }
}
