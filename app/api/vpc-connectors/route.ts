import type { VpcConnector } from "@aws-sdk/client-apprunner";

import { badRequestResponse } from "@/lib/apprunner/api/failure-response";
import { listVpcConnectors } from "@/lib/apprunner/api/list-vpc-connectors";
import { respondJson } from "@/lib/apprunner/api/respond-json";
import { createVpcConnector } from "@/lib/apprunner/api/vpc-connectors";
import type { VpcConnectorItem } from "@/lib/apprunner/form/picker-items";
import { validateOperationInput } from "@/lib/apprunner/validation";
import { authorizeRoute, refuseUnlessSignedIn } from "@/lib/audit/route-guards";
import { readJsonBody } from "@/lib/http/read-json-body";

export const dynamic = "force-dynamic";

function toItem(c: VpcConnector): VpcConnectorItem {
  return {
    arn: c.VpcConnectorArn ?? "",
    name: c.VpcConnectorName ?? "",
    revision: c.VpcConnectorRevision ?? 1,
  };
}

export async function GET(): Promise<Response> {
  const unsigned = await refuseUnlessSignedIn();
  if (unsigned) return unsigned;
  return respondJson(async () =>
    (await listVpcConnectors()).filter((c) => c.Status !== "INACTIVE").map(toItem),
  );
}

/**
 * Creates a VPC connector from the wizard's network step. The body is a CreateVpcConnector
 * request; only its members the wizard sets are read, and they are checked with the API's own
 * validator before anything is sent (a problem names its member, as App Runner would).
 */
export async function POST(request: Request): Promise<Response> {
  const audit = await authorizeRoute("manageResources");
  if (!audit.ok) return audit.response;
  const read = await readJsonBody(request);
  if (!read.ok) return audit.answer(read.response, { CreateVpcConnector: null });
  const body = (read.value ?? {}) as Record<string, unknown>;
  const input = {
    VpcConnectorName: body.VpcConnectorName,
    Subnets: body.Subnets,
    ...(body.SecurityGroups !== undefined ? { SecurityGroups: body.SecurityGroups } : {}),
  };
  const checked = validateOperationInput("CreateVpcConnector", input);
  if (!checked.ok) {
    const issue = checked.issues[0];
    const field = issue?.path.replace(/\[\d+\]/g, "");
    return audit.answer(
      badRequestResponse(
        field === "VpcConnectorName"
          ? "Use 4–40 letters, digits, hyphens or underscores, starting with a letter or digit."
          : (issue?.message ?? checked.message),
        field,
      ),
      { CreateVpcConnector: input },
    );
  }
  return audit.answer(
    respondJson(async () => toItem((await createVpcConnector(checked.value)) ?? {}), 201),
    { CreateVpcConnector: input },
  );
}
