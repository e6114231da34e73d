import { serviceStateRefusal, type ServiceStateOperation } from "@/lib/apprunner/rules";

import { InvalidStateError } from "../errors";
import type { ResourceRow } from "../store/resource-store";

const WORDS: Record<ServiceStateOperation, string> = {
  StartDeployment: "start a deployment of",
  UpdateService: "update the service",
  PauseService: "pause the service",
  ResumeService: "resume the service",
  DeleteService: "delete the service",
  AssociateCustomDomain: "associate a domain with",
  DisassociateCustomDomain: "disassociate a domain from",
  CreateVpcIngressConnection: "create a VPC ingress connection for",
};

/** Refuses, as App Runner does, an operation the service's status does not allow. */
export function requireServiceState(service: ResourceRow, operation: ServiceStateOperation): void {
  const reason = serviceStateRefusal(operation, service.status);
  if (reason === undefined) return;
  throw new InvalidStateError(
    `You can't ${WORDS[operation]} ${service.arn} while its status is ${service.status}. ${reason}`,
  );
}
