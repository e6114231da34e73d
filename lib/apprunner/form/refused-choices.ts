import { networkIssues } from "@/lib/apprunner/rules/network-rules";
import { sourceConfigurationIssues } from "@/lib/apprunner/rules/source-rules";

import { AUTO_DEPLOY_UNAVAILABLE, DUAL_STACK_NEEDS_PUBLIC } from "./form-messages";
import type { WizardValues } from "./wizard-values";

/*
 * Choices a step disables, with the reason. Whether App Runner refuses them is asked of its
 * rules (browser-safe modules of lib/apprunner/rules), so a control can't disagree with the check.
 */

/** Why dual-stack can't be chosen with this endpoint, or undefined when it can. */
export function dualStackRefusal(ingress: WizardValues["network"]["ingress"]): string | undefined {
  const issues = networkIssues({
    IpAddressType: "DUAL_STACK",
    IngressConfiguration: { IsPubliclyAccessible: ingress === "public" },
  });
  return issues.some((i) => i.rule === "dual-stack-needs-public")
    ? DUAL_STACK_NEEDS_PUBLIC
    : undefined;
}

/** Why automatic deployment can't be chosen for this source, or undefined when it can. */
export function autoDeployRefusal(source: WizardValues["source"]): string | undefined {
  if (source.type !== "image") return undefined;
  const issues = sourceConfigurationIssues(
    {
      ImageRepository: {
        ImageIdentifier: source.imageIdentifier,
        ImageRepositoryType: source.imageRepositoryType,
      },
      AutoDeploymentsEnabled: true,
    },
    "create",
  );
  return issues.some((i) => i.rule === "auto-deploy-unavailable")
    ? AUTO_DEPLOY_UNAVAILABLE
    : undefined;
}
