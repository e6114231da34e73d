import "server-only";

import type { VpcConnector, VpcIngressConnection } from "@aws-sdk/client-apprunner";

import { listVpcConnectors } from "./list-vpc-connectors";
import { loadServiceReferences, type ServiceReference } from "./load-service-references";
import { listVpcIngressConnections } from "./vpc-ingress-connections";

export type VpcOverview = {
  /** Active revisions only: a deleted (INACTIVE) one can't be used or deleted again. */
  connectors: VpcConnector[];
  /** Those not yet fully deleted. */
  ingress: VpcIngressConnection[];
  services: ServiceReference[];
};

/** What the VPC pages show: connectors, ingress connections, and the services that use them. */
export async function loadVpcOverview(): Promise<VpcOverview> {
  const [connectors, ingress, services] = await Promise.all([
    listVpcConnectors(),
    listVpcIngressConnections(),
    loadServiceReferences(),
  ]);
  return {
    connectors: connectors.filter((c) => c.Status === "ACTIVE"),
    ingress: ingress.filter((c) => c.Status !== "DELETED"),
    services,
  };
}
