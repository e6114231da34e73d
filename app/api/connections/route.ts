import type { ConnectionSummary, ProviderType } from "@aws-sdk/client-apprunner";

import { createConnection, listConnections } from "@/lib/apprunner/api/connections";
import { badRequestResponse } from "@/lib/apprunner/api/failure-response";
import { respondJson } from "@/lib/apprunner/api/respond-json";
import type { ConnectionItem } from "@/lib/apprunner/form/picker-items";
import { validateOperationInput } from "@/lib/apprunner/validation";
import { authorizeRoute, refuseUnlessSignedIn } from "@/lib/audit/route-guards";
import { readJsonBody } from "@/lib/http/read-json-body";

export const dynamic = "force-dynamic";

function toItem(c: ConnectionSummary): ConnectionItem {
  return {
    arn: c.ConnectionArn ?? "",
    name: c.ConnectionName ?? "",
    provider: c.ProviderType ?? "",
    status: c.Status ?? "",
  };
}

export async function GET(): Promise<Response> {
  const unsigned = await refuseUnlessSignedIn();
  if (unsigned) return unsigned;
  return respondJson(async () =>
    (await listConnections()).filter((c) => c.Status !== "DELETED").map(toItem),
  );
}

/** Creates a connection from the wizard; it starts PENDING_HANDSHAKE until the provider agrees. */
export async function POST(request: Request): Promise<Response> {
  const audit = await authorizeRoute("manageResources");
  if (!audit.ok) return audit.response;
  const read = await readJsonBody(request);
  if (!read.ok) return audit.answer(read.response, { CreateConnection: null });
  const body = read.value;
  const input = {
    ConnectionName: (body as { name?: unknown } | null)?.name,
    ProviderType: (body as { provider?: unknown } | null)?.provider,
  };
  const checked = validateOperationInput("CreateConnection", input);
  if (!checked.ok) {
    const issue = checked.issues[0];
    return audit.answer(
      badRequestResponse(
        issue?.path === "ConnectionName"
          ? "Use 4–32 letters, digits, hyphens or underscores, starting with a letter or digit."
          : checked.message,
        issue?.path,
      ),
      { CreateConnection: input },
    );
  }
  return audit.answer(
    respondJson(
      async () =>
        toItem(
          (await createConnection({
            ConnectionName: String(input.ConnectionName),
            ProviderType: input.ProviderType as ProviderType,
          })) ?? {},
        ),
      201,
    ),
    { CreateConnection: input },
  );
}
