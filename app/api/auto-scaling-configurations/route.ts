import {
  CreateAutoScalingConfigurationCommand,
  ListAutoScalingConfigurationsCommand,
  type AutoScalingConfiguration,
  type AutoScalingConfigurationSummary,
} from "@aws-sdk/client-apprunner";

import { getAppRunnerClient } from "@/lib/apprunner/client";
import { listRoute } from "@/lib/apprunner/form/list-route";
import type { AutoScalingItem, RouteError } from "@/lib/apprunner/form/picker-items";
import { routeErrorResponse } from "@/lib/apprunner/form/route-error";
import { validateOperationInput } from "@/lib/apprunner/validation";

export const dynamic = "force-dynamic";

function toItem(c: AutoScalingConfigurationSummary | AutoScalingConfiguration): AutoScalingItem {
  return {
    arn: c.AutoScalingConfigurationArn ?? "",
    name: c.AutoScalingConfigurationName ?? "",
    revision: c.AutoScalingConfigurationRevision ?? 1,
    isDefault: c.IsDefault ?? false,
  };
}

/** The latest revision of each configuration: the one a new service would use. */
export const GET = listRoute(
  async (client, NextToken) => {
    const out = await client.send(
      new ListAutoScalingConfigurationsCommand({ LatestOnly: true, NextToken, MaxResults: 100 }),
    );
    return { items: out.AutoScalingConfigurationSummaryList ?? [], nextToken: out.NextToken };
  },
  (summaries) => summaries.map(toItem),
);

const FIELD_NAMES: Record<string, string> = {
  AutoScalingConfigurationName: "name",
  MaxConcurrency: "maxConcurrency",
  MinSize: "minSize",
  MaxSize: "maxSize",
};

export async function POST(request: Request): Promise<Response> {
  const body = ((await request.json().catch(() => null)) ?? {}) as Record<string, unknown>;
  const input = {
    AutoScalingConfigurationName: body.name,
    MaxConcurrency: body.maxConcurrency,
    MinSize: body.minSize,
    MaxSize: body.maxSize,
  };
  const checked = validateOperationInput("CreateAutoScalingConfiguration", input);
  if (!checked.ok) {
    const issue = checked.issues[0];
    const error: RouteError = {
      message: issue?.message ?? checked.message,
      field: issue ? FIELD_NAMES[issue.path] : undefined,
    };
    return Response.json(error, { status: 400 });
  }
  try {
    const out = await getAppRunnerClient().send(
      new CreateAutoScalingConfigurationCommand(checked.value),
    );
    return Response.json(toItem(out.AutoScalingConfiguration ?? {}), { status: 201 });
  } catch (error) {
    return routeErrorResponse(error);
  }
}
