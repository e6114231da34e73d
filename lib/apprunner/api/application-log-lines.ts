import type { FilteredLogEvent } from "@aws-sdk/client-cloudwatch-logs";

import type { LogLine } from "@/lib/apprunner/watch/wire";

/** A line of the application log: which instance wrote it (the 32-hex id of its stream). */
export type ApplicationLogLine = LogLine & { instance: string };

/** App Runner names each instance's stream `instance/<instance id>`. */
export function instanceOfStream(streamName: string | undefined): string {
  const name = streamName ?? "";
  return name.startsWith("instance/") ? name.slice("instance/".length) : name;
}

/**
 * Events from every instance's stream as one log ordered by time (FilterLogEvents interleaves
 * streams; a stable sort keeps each instance's own order for equal times), the newest `max` kept.
 */
export function toApplicationLines(
  events: readonly FilteredLogEvent[],
  max: number,
): ApplicationLogLine[] {
  return events
    .map((e) => ({
      timestamp: e.timestamp ?? 0,
      message: (e.message ?? "").replace(/\n$/, ""),
      instance: instanceOfStream(e.logStreamName),
    }))
    .sort((a, b) => a.timestamp - b.timestamp)
    .slice(-max);
}
