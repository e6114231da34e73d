import "server-only";

import { GetLogEventsCommand } from "@aws-sdk/client-cloudwatch-logs";

import { getLogsClient } from "@/lib/apprunner/client";
import type { LogPage } from "@/lib/apprunner/watch/upstream";

import { toLogLines } from "./to-log-lines";

/**
 * One forward page of a log stream, from its start when `token` is undefined. One page, not a
 * paginator: the watch hub keeps the token between polls to tail the stream.
 */
export async function getLogEventsPage(
  logGroupName: string,
  logStreamName: string,
  nextToken: string | undefined,
): Promise<LogPage> {
  const out = await getLogsClient().send(
    new GetLogEventsCommand({ logGroupName, logStreamName, nextToken, startFromHead: true }),
  );
  return { lines: toLogLines(out.events), nextForwardToken: out.nextForwardToken };
}
