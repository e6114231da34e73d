import "server-only";

import {
  paginateListObservabilityConfigurations,
  type ObservabilityConfigurationSummary,
} from "@aws-sdk/client-apprunner";

import { getAppRunnerClient } from "@/lib/apprunner/client";

import { collectPages } from "./collect-pages";
import { PICKER_LIST } from "./picker-list";

/** The latest revision of each observability configuration. */
export function listObservabilityConfigurations(): Promise<ObservabilityConfigurationSummary[]> {
  return collectPages(
    paginateListObservabilityConfigurations(
      { client: getAppRunnerClient(), pageSize: PICKER_LIST.pageSize },
      { LatestOnly: true },
    ),
    (page) => page.ObservabilityConfigurationSummaryList,
    PICKER_LIST.maxPages,
  );
}
