import type {
  CreateServiceRequest,
  UpdateServiceRequest,
} from "@/lib/apprunner/schema/shapes.generated";

import type { HandlerContext } from "../context";
import { fieldError } from "./field-error";
import { findResource } from "./lookup";

type References = Pick<
  CreateServiceRequest | UpdateServiceRequest,
  "SourceConfiguration" | "NetworkConfiguration" | "ObservabilityConfiguration"
>;

const CONNECTION = "SourceConfiguration.AuthenticationConfiguration.ConnectionArn";

/**
 * Rules that need state: the connection, VPC connector and observability configuration a
 * service names must exist in this region and be usable; auto deployments need an image in
 * this account's ECR.
 */
export function checkServiceReferences(ctx: HandlerContext, input: References): void {
  const source = input.SourceConfiguration;
  if (source?.CodeRepository) {
    const arn = source.AuthenticationConfiguration?.ConnectionArn;
    if (!arn)
      throw fieldError(
        CONNECTION,
        undefined,
        "Member must not be null for a code repository source: it names the connection to your GitHub or Bitbucket account",
      );
    const connection = findResource(ctx, arn, "connection");
    if (!connection || connection.status === "DELETED")
      throw fieldError(CONNECTION, arn, `Member must name an existing connection in ${ctx.region}`);
    if (connection.status !== "AVAILABLE")
      throw fieldError(
        CONNECTION,
        arn,
        `The connection must be AVAILABLE, not ${connection.status}; complete the handshake with the provider first`,
      );
  }
  const image = source?.ImageRepository;
  if (
    image?.ImageRepositoryType === "ECR" &&
    source?.AutoDeploymentsEnabled === true &&
    !image.ImageIdentifier.startsWith(`${ctx.account}.`)
  )
    throw fieldError(
      "SourceConfiguration.AutoDeploymentsEnabled",
      true,
      "Automatic deployments are not supported for an image in another account's ECR repository",
    );
  const egress = input.NetworkConfiguration?.EgressConfiguration;
  if (egress?.EgressType === "VPC" && egress.VpcConnectorArn) {
    const connector = findResource(ctx, egress.VpcConnectorArn, "vpc-connector");
    if (!connector || connector.status !== "ACTIVE")
      throw fieldError(
        "NetworkConfiguration.EgressConfiguration.VpcConnectorArn",
        egress.VpcConnectorArn,
        `Member must name an ACTIVE VPC connector in ${ctx.region}`,
      );
  }
  const observability = input.ObservabilityConfiguration;
  if (observability?.ObservabilityEnabled && observability.ObservabilityConfigurationArn) {
    const config = findResource(ctx, observability.ObservabilityConfigurationArn, "observability");
    if (!config || config.status !== "ACTIVE")
      throw fieldError(
        "ObservabilityConfiguration.ObservabilityConfigurationArn",
        observability.ObservabilityConfigurationArn,
        `Member must name an ACTIVE observability configuration in ${ctx.region}`,
      );
  }
}
