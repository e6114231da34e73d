import { createServiceIssues } from "@/lib/apprunner/rules";
import type { UpdateServiceRequest } from "@/lib/apprunner/schema/shapes.generated";
import { ruleFailure } from "@/lib/apprunner/validation";

import { InvalidRequestError } from "../errors";
import type { ServiceDoc } from "../shapes/service";

/**
 * UpdateService keeps what a request leaves out, so a request that is valid alone can still
 * leave an invalid service (DUAL_STACK on a private service, a Memory that doesn't pair with the
 * current Cpu). CreateService's rules run on the service as the update would leave it, and refuse
 * with CreateService's words. The Cpu and Memory given are checked as spelled in the request.
 */
export function requireValidService(merged: ServiceDoc, input: UpdateServiceRequest): void {
  const issues = createServiceIssues({
    ServiceName: merged.ServiceName,
    SourceConfiguration: merged.SourceConfiguration,
    InstanceConfiguration: { ...merged.InstanceConfiguration, ...input.InstanceConfiguration },
    NetworkConfiguration: merged.NetworkConfiguration,
    ObservabilityConfiguration: merged.ObservabilityConfiguration,
  });
  if (issues.length) throw new InvalidRequestError(ruleFailure(issues).message);
}
