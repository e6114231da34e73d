import "server-only";

import { paginateListServices, type ServiceSummary } from "@aws-sdk/client-apprunner";

import { getAppRunnerClient } from "@/lib/apprunner/client";

import { collectPages } from "./collect-pages";

/** ListServices' largest page. */
const PAGE_SIZE = 20;
/** 20,000 services: far above App Runner's quotas, low enough to end a runaway listing. */
const MAX_PAGES = 1_000;

/** Every live service, all ListServices pages (deleted services are not listed). */
export function listServices(): Promise<ServiceSummary[]> {
  return collectPages(
    paginateListServices({ client: getAppRunnerClient(), pageSize: PAGE_SIZE }, {}),
    (page) => page.ServiceSummaryList,
    MAX_PAGES,
  );
}
