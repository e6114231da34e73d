import { ListObservabilityConfigurationsCommand } from "@aws-sdk/client-apprunner";

import { getAppRunnerClient } from "@/lib/apprunner/client";
import { listPages } from "@/lib/apprunner/form/list-pages";
import type { ObservabilityItem } from "@/lib/apprunner/form/picker-items";
import { routeErrorResponse } from "@/lib/apprunner/form/route-error";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  try {
    const client = getAppRunnerClient();
    const summaries = await listPages(async (NextToken) => {
      const out = await client.send(
        new ListObservabilityConfigurationsCommand({
          LatestOnly: true,
          NextToken,
          MaxResults: 100,
        }),
      );
      return { items: out.ObservabilityConfigurationSummaryList ?? [], nextToken: out.NextToken };
    });
    const items: ObservabilityItem[] = summaries.map((s) => ({
      arn: s.ObservabilityConfigurationArn ?? "",
      name: s.ObservabilityConfigurationName ?? "",
      revision: s.ObservabilityConfigurationRevision ?? 1,
    }));
    return Response.json(items);
  } catch (error) {
    return routeErrorResponse(error);
  }
}
