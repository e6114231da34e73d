import {
  CreateConnectionCommand,
  ListConnectionsCommand,
  type ConnectionSummary,
} from "@aws-sdk/client-apprunner";

import { getAppRunnerClient } from "@/lib/apprunner/client";
import { listRoute } from "@/lib/apprunner/form/list-route";
import type { ConnectionItem, RouteError } from "@/lib/apprunner/form/picker-items";
import { routeErrorResponse } from "@/lib/apprunner/form/route-error";
import { validateOperationInput } from "@/lib/apprunner/validation";

export const dynamic = "force-dynamic";

function toItem(c: ConnectionSummary): ConnectionItem {
  return {
    arn: c.ConnectionArn ?? "",
    name: c.ConnectionName ?? "",
    provider: c.ProviderType ?? "",
    status: c.Status ?? "",
  };
}

export const GET = listRoute(
  async (client, NextToken) => {
    const out = await client.send(new ListConnectionsCommand({ NextToken, MaxResults: 100 }));
    return { items: out.ConnectionSummaryList ?? [], nextToken: out.NextToken };
  },
  (connections) => connections.filter((c) => c.Status !== "DELETED").map(toItem),
);

/** Creates a connection from the wizard; it starts PENDING_HANDSHAKE until the provider agrees. */
export async function POST(request: Request): Promise<Response> {
  const body: unknown = await request.json().catch(() => null);
  const input = {
    ConnectionName: (body as { name?: unknown } | null)?.name,
    ProviderType: (body as { provider?: unknown } | null)?.provider,
  };
  const checked = validateOperationInput("CreateConnection", input);
  if (!checked.ok) {
    const issue = checked.issues[0];
    const error: RouteError = {
      message:
        issue?.path === "ConnectionName"
          ? "Use 4–32 letters, digits, hyphens or underscores, starting with a letter or digit."
          : checked.message,
      field: issue?.path,
    };
    return Response.json(error, { status: 400 });
  }
  try {
    const out = await getAppRunnerClient().send(
      new CreateConnectionCommand({
        ConnectionName: String(input.ConnectionName),
        ProviderType: input.ProviderType as "GITHUB" | "BITBUCKET",
      }),
    );
    return Response.json(toItem(out.Connection ?? {}), { status: 201 });
  } catch (error) {
    return routeErrorResponse(error);
  }
}
