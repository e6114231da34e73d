import "server-only";

import type { ObservabilityConfiguration } from "@aws-sdk/client-apprunner";

import { loadServiceReferences, type ServiceReference } from "./load-service-references";
import { listObservabilityRevisions } from "./observability-configurations";

export type ObservabilityOverview = {
  configs: ObservabilityConfiguration[];
  services: ServiceReference[];
};

/** Every active observability revision (of one name, when given) and the services to match. */
export async function loadObservabilityOverview(name?: string): Promise<ObservabilityOverview> {
  const [configs, services] = await Promise.all([
    listObservabilityRevisions(name),
    loadServiceReferences(),
  ]);
  return {
    configs: configs.filter(
      (c) => c.Status === "ACTIVE" && (!name || c.ObservabilityConfigurationName === name),
    ),
    services,
  };
}
