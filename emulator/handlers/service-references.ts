import type {
  CreateServiceRequest,
  ObservabilityConfiguration,
  UpdateServiceRequest,
} from "@/lib/apprunner/schema/shapes.generated";

import type { HandlerContext } from "../context";
import type { ResourceKind } from "../store/resource-store";
import { fieldError } from "./field-error";
import { findResource, parseDoc } from "./lookup";
import { findRevision, parseRevisionArn } from "./revisions";

type References = Pick<
  CreateServiceRequest | UpdateServiceRequest,
  "SourceConfiguration" | "NetworkConfiguration" | "ObservabilityConfiguration"
>;

const CONNECTION = "SourceConfiguration.AuthenticationConfiguration.ConnectionArn";

/** A configuration a service names at `field` must be ACTIVE in the caller's region. */
function requireActive(
  ctx: HandlerContext,
  field: string,
  arn: string,
  kind: ResourceKind,
  label: string,
): void {
  const row = findResource(ctx, arn, kind);
  if (!row || row.status !== "ACTIVE")
    throw fieldError(field, arn, `Member must name an ACTIVE ${label} in ${ctx.region}`);
}

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
  if (egress?.EgressType === "VPC" && egress.VpcConnectorArn)
    requireActive(
      ctx,
      "NetworkConfiguration.EgressConfiguration.VpcConnectorArn",
      egress.VpcConnectorArn,
      "vpc-connector",
      "VPC connector",
    );
  const observability = input.ObservabilityConfiguration;
  if (observability?.ObservabilityEnabled && observability.ObservabilityConfigurationArn)
    resolveObservabilityArn(ctx, observability.ObservabilityConfigurationArn);
}

const OBSERVABILITY_ARN = "ObservabilityConfiguration.ObservabilityConfigurationArn";

/**
 * The full ARN of the observability configuration a service names. API_ServiceObservability-
 * Configuration: "Specify an ARN with a name and a revision number to associate that revision.
 * ... Specify just the name to associate the latest revision." The service keeps the full ARN
 * of the revision it got, as it does for auto scaling.
 */
export function resolveObservabilityArn(ctx: HandlerContext, arn: string): string {
  const row = findRevision(
    ctx,
    parseRevisionArn(ctx, arn, "observabilityconfiguration"),
    "observability",
    (doc: ObservabilityConfiguration) => doc.ObservabilityConfigurationRevision,
  );
  if (!row || row.status !== "ACTIVE")
    throw fieldError(
      OBSERVABILITY_ARN,
      arn,
      `Member must name an ACTIVE observability configuration in ${ctx.region}`,
    );
  return parseDoc<ObservabilityConfiguration>(row).ObservabilityConfigurationArn!;
}

/** The request with its observability configuration named by full ARN. */
export function withFullObservabilityArn<T extends References>(ctx: HandlerContext, input: T): T {
  const observability = input.ObservabilityConfiguration;
  if (!observability?.ObservabilityEnabled || !observability.ObservabilityConfigurationArn)
    return input;
  return {
    ...input,
    ObservabilityConfiguration: {
      ...observability,
      ObservabilityConfigurationArn: resolveObservabilityArn(
        ctx,
        observability.ObservabilityConfigurationArn,
      ),
    },
  };
}
