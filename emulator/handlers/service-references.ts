import type {
  CreateServiceRequest,
  UpdateServiceRequest,
} from "@/lib/apprunner/schema/shapes.generated";

import type { HandlerContext } from "../context";
import { InvalidRequestError } from "../errors";
import { findResource } from "./lookup";

type References = Pick<
  CreateServiceRequest | UpdateServiceRequest,
  "SourceConfiguration" | "NetworkConfiguration" | "ObservabilityConfiguration"
>;

/**
 * Rules that need state: the connection, VPC connector and observability configuration a
 * service names must exist in this region and be usable.
 */
export function checkServiceReferences(ctx: HandlerContext, input: References): void {
  const code = input.SourceConfiguration?.CodeRepository;
  if (code) {
    const arn = input.SourceConfiguration?.AuthenticationConfiguration?.ConnectionArn;
    if (!arn)
      throw new InvalidRequestError(
        "A code repository source needs AuthenticationConfiguration.ConnectionArn: the connection to your GitHub or Bitbucket account.",
      );
    const connection = findResource(ctx, arn, "connection");
    if (!connection || connection.status === "DELETED")
      throw new InvalidRequestError(`Connection ${arn} does not exist in ${ctx.region}.`);
    if (connection.status !== "AVAILABLE")
      throw new InvalidRequestError(
        `Connection ${arn} is ${connection.status}; it must be AVAILABLE. Complete the handshake with the provider first.`,
      );
  }
  const egress = input.NetworkConfiguration?.EgressConfiguration;
  if (egress?.EgressType === "VPC" && egress.VpcConnectorArn) {
    const connector = findResource(ctx, egress.VpcConnectorArn, "vpc-connector");
    if (!connector || connector.status !== "ACTIVE")
      throw new InvalidRequestError(
        `VPC connector ${egress.VpcConnectorArn} does not exist or is not ACTIVE in ${ctx.region}.`,
      );
  }
  const observability = input.ObservabilityConfiguration;
  if (observability?.ObservabilityEnabled && observability.ObservabilityConfigurationArn) {
    const config = findResource(ctx, observability.ObservabilityConfigurationArn, "observability");
    if (!config || config.status !== "ACTIVE")
      throw new InvalidRequestError(
        `Observability configuration ${observability.ObservabilityConfigurationArn} does not exist or is not ACTIVE in ${ctx.region}.`,
      );
  }
}
