import "server-only";

import { paginateFilterLogEvents, type FilteredLogEvent } from "@aws-sdk/client-cloudwatch-logs";

import { getLogsClient } from "@/lib/apprunner/client";
import { toAppRunnerFailure } from "@/lib/apprunner/errors";

import { toApplicationLines, type ApplicationLogLine } from "./application-log-lines";
import { collectPages } from "./collect-pages";

/** The newest lines a read returns: enough to follow an app, small enough to poll. */
export const APPLICATION_LOG_MAX_LINES = 1_000;
const MAX_PAGES = 20;

/** `/aws/apprunner/<name>/<id>/application`, as App Runner names a service's application logs. */
export function applicationLogGroup(serviceLogGroup: string): string {
  return serviceLogGroup.replace(/\/service$/, "/application");
}

/**
 * The application log of a service: every instance's stream merged by time (FilterLogEvents over
 * the group), the newest APPLICATION_LOG_MAX_LINES. No group yet (nothing has run) is no lines.
 */
export async function readApplicationLog(logGroupName: string): Promise<ApplicationLogLine[]> {
  try {
    const events: FilteredLogEvent[] = await collectPages(
      paginateFilterLogEvents({ client: getLogsClient() }, { logGroupName }),
      (page) => page.events ?? [],
      MAX_PAGES,
    );
    return toApplicationLines(events, APPLICATION_LOG_MAX_LINES);
  } catch (error) {
    if (toAppRunnerFailure(error).kind === "not-found") return [];
    throw error;
  }
}
