import { ListVpcConnectorsCommand } from "@aws-sdk/client-apprunner";

import { listRoute } from "@/lib/apprunner/form/list-route";
import type { VpcConnectorItem } from "@/lib/apprunner/form/picker-items";

export const dynamic = "force-dynamic";

export const GET = listRoute(
  async (client, NextToken) => {
    const out = await client.send(new ListVpcConnectorsCommand({ NextToken, MaxResults: 100 }));
    return { items: out.VpcConnectors ?? [], nextToken: out.NextToken };
  },
  (connectors): VpcConnectorItem[] =>
    connectors
      .filter((c) => c.Status !== "INACTIVE")
      .map((c) => ({
        arn: c.VpcConnectorArn ?? "",
        name: c.VpcConnectorName ?? "",
        revision: c.VpcConnectorRevision ?? 1,
      })),
);
