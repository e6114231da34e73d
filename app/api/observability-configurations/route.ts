import { ListObservabilityConfigurationsCommand } from "@aws-sdk/client-apprunner";

import { listRoute } from "@/lib/apprunner/form/list-route";
import type { ObservabilityItem } from "@/lib/apprunner/form/picker-items";

export const dynamic = "force-dynamic";

export const GET = listRoute(
  async (client, NextToken) => {
    const out = await client.send(
      new ListObservabilityConfigurationsCommand({ LatestOnly: true, NextToken, MaxResults: 100 }),
    );
    return { items: out.ObservabilityConfigurationSummaryList ?? [], nextToken: out.NextToken };
  },
  (summaries): ObservabilityItem[] =>
    summaries.map((s) => ({
      arn: s.ObservabilityConfigurationArn ?? "",
      name: s.ObservabilityConfigurationName ?? "",
      revision: s.ObservabilityConfigurationRevision ?? 1,
    })),
);
