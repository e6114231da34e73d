import "server-only";

import { sdkUpstream } from "./sdk-upstream";
import type { LogLine } from "./wire";

/** The most lines one request returns; deployment logs are far shorter. */
const MAX_LINES = 5_000;

/** A whole log stream from its start (for an operation's deployment log, opened on demand). */
export async function readLogStream(logGroup: string, logStream: string): Promise<LogLine[]> {
  const lines: LogLine[] = [];
  let token: string | undefined;
  for (let page = 0; page < 100; page++) {
    const result = await sdkUpstream.getLogEvents(logGroup, logStream, token);
    lines.push(...result.lines);
    if (!result.nextForwardToken || result.nextForwardToken === token) break;
    token = result.nextForwardToken;
  }
  return lines.slice(-MAX_LINES);
}
