import "server-only";

import { paginateGetLogEvents } from "@aws-sdk/client-cloudwatch-logs";

import { getLogsClient } from "@/lib/apprunner/client";
import type { LogLine } from "@/lib/apprunner/watch/wire";

import { collectPages } from "./collect-pages";
import { toLogLines } from "./to-log-lines";

/** The most lines one request returns; deployment logs are far shorter. */
const MAX_LINES = 5_000;
const MAX_PAGES = 100;

/** A whole log stream from its start (an operation's deployment log, opened on demand). */
export async function readLogStream(
  logGroupName: string,
  logStreamName: string,
): Promise<LogLine[]> {
  const lines = await collectPages(
    // CloudWatch hands back the same forward token at the end of a stream instead of none.
    paginateGetLogEvents(
      { client: getLogsClient(), stopOnSameToken: true },
      { logGroupName, logStreamName, startFromHead: true },
    ),
    (page) => toLogLines(page.events),
    MAX_PAGES,
  );
  return lines.slice(-MAX_LINES);
}
