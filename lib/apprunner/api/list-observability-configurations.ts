import "server-only";

import {
  paginateListObservabilityConfigurations,
  type ObservabilityConfigurationSummary,
} from "@aws-sdk/client-apprunner";

import { listAll } from "./list-all";

/** The latest revision of each observability configuration. */
export function listObservabilityConfigurations(): Promise<ObservabilityConfigurationSummary[]> {
  return listAll(
    paginateListObservabilityConfigurations,
    { LatestOnly: true },
    (page) => page.ObservabilityConfigurationSummaryList,
  );
}
