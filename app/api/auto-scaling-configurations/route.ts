import {
  CreateAutoScalingConfigurationCommand,
  ListAutoScalingConfigurationsCommand,
} from "@aws-sdk/client-apprunner";

import { getAppRunnerClient } from "@/lib/apprunner/client";
import { listPages } from "@/lib/apprunner/form/list-pages";
import type { AutoScalingItem, RouteError } from "@/lib/apprunner/form/picker-items";
import { routeErrorResponse } from "@/lib/apprunner/form/route-error";
import { validateOperationInput } from "@/lib/apprunner/validation";

export const dynamic = "force-dynamic";

/** The latest revision of each configuration: the one a new service would use. */
export async function GET(): Promise<Response> {
  try {
    const client = getAppRunnerClient();
    const summaries = await listPages(async (NextToken) => {
      const out = await client.send(
        new ListAutoScalingConfigurationsCommand({ LatestOnly: true, NextToken, MaxResults: 100 }),
      );
      return { items: out.AutoScalingConfigurationSummaryList ?? [], nextToken: out.NextToken };
    });
    const items: AutoScalingItem[] = summaries.map((s) => ({
      arn: s.AutoScalingConfigurationArn ?? "",
      name: s.AutoScalingConfigurationName ?? "",
      revision: s.AutoScalingConfigurationRevision ?? 1,
      isDefault: s.IsDefault ?? false,
    }));
    return Response.json(items);
  } catch (error) {
    return routeErrorResponse(error);
  }
}

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
    const c = out.AutoScalingConfiguration ?? {};
    const item: AutoScalingItem = {
      arn: c.AutoScalingConfigurationArn ?? "",
      name: c.AutoScalingConfigurationName ?? "",
      revision: c.AutoScalingConfigurationRevision ?? 1,
      isDefault: c.IsDefault ?? false,
    };
    return Response.json(item, { status: 201 });
  } catch (error) {
    return routeErrorResponse(error);
  }
}
