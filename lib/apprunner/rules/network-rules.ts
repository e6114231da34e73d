import type { NetworkConfiguration } from "../schema/shapes.generated";
import type { ApiIssue } from "./api-issue";

/** Egress needs a VPC connector exactly when it is VPC; dual stack needs a public endpoint. */
export function networkIssues(network: NetworkConfiguration): ApiIssue[] {
  const issues: ApiIssue[] = [];
  const egress = network.EgressConfiguration;
  if (egress?.EgressType === "VPC" && !egress.VpcConnectorArn)
    issues.push({
      path: "NetworkConfiguration.EgressConfiguration.VpcConnectorArn",
      rule: "vpc-connector-required",
      message: "EgressType VPC needs a VpcConnectorArn",
    });
  if (egress?.VpcConnectorArn && egress.EgressType !== "VPC")
    issues.push({
      path: "NetworkConfiguration.EgressConfiguration.VpcConnectorArn",
      rule: "vpc-connector-unexpected",
      message: "VpcConnectorArn is only valid with EgressType VPC",
    });
  if (
    network.IpAddressType === "DUAL_STACK" &&
    network.IngressConfiguration?.IsPubliclyAccessible === false
  )
    issues.push({
      path: "NetworkConfiguration.IpAddressType",
      rule: "dual-stack-needs-public",
      message:
        "IpAddressType DUAL_STACK is only available with a public endpoint (IsPubliclyAccessible true)",
    });
  return issues;
}
