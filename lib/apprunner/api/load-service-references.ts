import "server-only";

import { describeService } from "./describe-service";
import { listServices } from "./list-services";
import { mapLimit } from "./map-limit";

/** A live service and the account resources its configuration points at. */
export type ServiceReference = {
  arn: string;
  name: string;
  id: string;
  autoScalingArn: string | undefined;
  vpcConnectorArn: string | undefined;
  observabilityArn: string | undefined;
  connectionArn: string | undefined;
};

/**
 * Which services use which VPC connector, observability configuration and connection. App Runner
 * has no "services for this resource" call for those (only for auto scaling), so each listed
 * service is described.
 */
export async function loadServiceReferences(): Promise<ServiceReference[]> {
  const summaries = await listServices();
  // One service that can't be described must not hide the whole page; App Runner still has
  // the last word on a delete, and its refusal is shown.
  const described = await mapLimit(summaries, 4, async (s) =>
    s.ServiceArn ? describeService(s.ServiceArn).catch(() => undefined) : undefined,
  );
  return described.flatMap((service) => {
    if (!service?.ServiceArn || service.Status === "DELETED") return [];
    const observability = service.ObservabilityConfiguration;
    return [
      {
        arn: service.ServiceArn,
        name: service.ServiceName ?? "",
        id: service.ServiceId ?? "",
        autoScalingArn: service.AutoScalingConfigurationSummary?.AutoScalingConfigurationArn,
        vpcConnectorArn: service.NetworkConfiguration?.EgressConfiguration?.VpcConnectorArn,
        observabilityArn: observability?.ObservabilityEnabled
          ? observability.ObservabilityConfigurationArn
          : undefined,
        connectionArn: service.SourceConfiguration?.AuthenticationConfiguration?.ConnectionArn,
      },
    ];
  });
}
