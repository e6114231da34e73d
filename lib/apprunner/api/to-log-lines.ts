import type { OutputLogEvent } from "@aws-sdk/client-cloudwatch-logs";

import type { LogLine } from "@/lib/apprunner/watch/wire";

/** CloudWatch events as the page shows them: each line once, without its trailing newline. */
export function toLogLines(events: OutputLogEvent[] | undefined): LogLine[] {
  return (events ?? []).map((e) => ({
    timestamp: e.timestamp ?? 0,
    message: (e.message ?? "").replace(/\n$/, ""),
  }));
}
