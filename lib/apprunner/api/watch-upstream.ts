import "server-only";

import type { WatchUpstream } from "@/lib/apprunner/watch/upstream";
import { toWire } from "@/lib/apprunner/watch/wire";

import { describeService } from "./describe-service";
import { getLogEventsPage } from "./get-log-events-page";
import { listOperationsPage } from "./list-operations-page";

/** What the watch hub polls, on the real SDK clients (AWS or any compatible endpoint). */
export const watchUpstream: WatchUpstream = {
  describeService: async (arn) => toWire(await describeService(arn)),
  listOperations: async (arn) => (await listOperationsPage(arn, undefined)).operations,
  getLogEvents: getLogEventsPage,
};
