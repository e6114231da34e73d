import type {
  ObservabilityConfiguration,
  ObservabilityConfigurationSummary,
} from "@aws-sdk/client-apprunner";

import { badRequestResponse } from "@/lib/apprunner/api/failure-response";
import { listObservabilityConfigurations } from "@/lib/apprunner/api/list-observability-configurations";
import { createObservabilityConfiguration } from "@/lib/apprunner/api/observability-configurations";
import { respondJson } from "@/lib/apprunner/api/respond-json";
import type { ObservabilityItem } from "@/lib/apprunner/form/picker-items";
import { validateOperationInput } from "@/lib/apprunner/validation";
import { authorizeRoute, refuseUnlessSignedIn } from "@/lib/audit/route-guards";
import { readJsonBody } from "@/lib/http/read-json-body";

export const dynamic = "force-dynamic";

function toItem(
  c: ObservabilityConfiguration | ObservabilityConfigurationSummary,
): ObservabilityItem {
  return {
    arn: c.ObservabilityConfigurationArn ?? "",
    name: c.ObservabilityConfigurationName ?? "",
    revision: c.ObservabilityConfigurationRevision ?? 1,
  };
}

export async function GET(): Promise<Response> {
  const unsigned = await refuseUnlessSignedIn();
  if (unsigned) return unsigned;
  return respondJson(async () => (await listObservabilityConfigurations()).map(toItem));
}

/**
 * Creates an observability configuration from the wizard's service step: the tracing the
 * wizard offers is AWS X-Ray, so the body gives only the name. Checked with the API's own
 * validator before anything is sent.
 */
export async function POST(request: Request): Promise<Response> {
  const audit = await authorizeRoute("manageResources");
  if (!audit.ok) return audit.response;
  const read = await readJsonBody(request);
  if (!read.ok) return audit.answer(read.response, { CreateObservabilityConfiguration: null });
  const body = (read.value ?? {}) as Record<string, unknown>;
  const input = {
    ObservabilityConfigurationName: body.ObservabilityConfigurationName,
    TraceConfiguration: { Vendor: "AWSXRAY" },
  };
  const checked = validateOperationInput("CreateObservabilityConfiguration", input);
  if (!checked.ok) {
    const issue = checked.issues[0];
    return audit.answer(
      badRequestResponse(
        issue?.path === "ObservabilityConfigurationName"
          ? "Use 4–32 letters, digits, hyphens or underscores, starting with a letter or digit."
          : (issue?.message ?? checked.message),
        issue?.path,
      ),
      { CreateObservabilityConfiguration: input },
    );
  }
  return audit.answer(
    respondJson(
      async () => toItem((await createObservabilityConfiguration(checked.value)) ?? {}),
      201,
    ),
    { CreateObservabilityConfiguration: input },
  );
}
