import type {
  AutoScalingConfiguration,
  AutoScalingConfigurationSummary,
} from "@aws-sdk/client-apprunner";

import {
  createAutoScalingConfiguration,
  listAutoScalingConfigurations,
} from "@/lib/apprunner/api/auto-scaling-configurations";
import { badRequestResponse } from "@/lib/apprunner/api/failure-response";
import { respondJson } from "@/lib/apprunner/api/respond-json";
import type { AutoScalingItem } from "@/lib/apprunner/form/picker-items";
import { validateOperationInput } from "@/lib/apprunner/validation";
import { authorizeRoute, refuseUnlessSignedIn } from "@/lib/audit/route-guards";
import { readJsonBody } from "@/lib/http/read-json-body";

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
export async function GET(): Promise<Response> {
  const unsigned = await refuseUnlessSignedIn();
  if (unsigned) return unsigned;
  return respondJson(async () => (await listAutoScalingConfigurations()).map(toItem));
}

const FIELD_NAMES: Record<string, string> = {
  AutoScalingConfigurationName: "name",
  MaxConcurrency: "maxConcurrency",
  MinSize: "minSize",
  MaxSize: "maxSize",
};

export async function POST(request: Request): Promise<Response> {
  const audit = await authorizeRoute("manageResources");
  if (!audit.ok) return audit.response;
  const read = await readJsonBody(request);
  if (!read.ok) return audit.answer(read.response, { CreateAutoScalingConfiguration: null });
  const body = (read.value ?? {}) as Record<string, unknown>;
  const input = {
    AutoScalingConfigurationName: body.name,
    MaxConcurrency: body.maxConcurrency,
    MinSize: body.minSize,
    MaxSize: body.maxSize,
  };
  const checked = validateOperationInput("CreateAutoScalingConfiguration", input);
  if (!checked.ok) {
    const issue = checked.issues[0];
    return audit.answer(
      badRequestResponse(
        issue?.message ?? checked.message,
        issue ? FIELD_NAMES[issue.path] : undefined,
      ),
      { CreateAutoScalingConfiguration: input },
    );
  }
  return audit.answer(
    respondJson(
      async () => toItem((await createAutoScalingConfiguration(checked.value)) ?? {}),
      201,
    ),
    { CreateAutoScalingConfiguration: input },
  );
}
