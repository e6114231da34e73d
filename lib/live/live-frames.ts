import type { WatchMessage } from "@/lib/apprunner/watch/watch-message";

import type { LiveRefusal } from "./protocol";

/**
 * A service's message on the multi-service stream: the same event name, its payload wrapped as
 * `{"arn", "id", "data"}` (see LiveEnvelope). No SSE `id:` field: ids are per service, so the
 * browser keeps one per service and names them when it opens the stream again.
 */
export function liveFrame(arn: string, message: Pick<WatchMessage, "id" | "event" | "data">) {
  // `data` is already JSON: spliced in, not parsed and serialised again for every viewer.
  return `event: ${message.event}\ndata: {"arn":${JSON.stringify(arn)},"id":${message.id},"data":${message.data}}\n\n`;
}

/** A service the stream does not (or no longer) carry; the others carry on. */
export function refusedFrame(refusal: LiveRefusal): string {
  return `event: refused\ndata: ${JSON.stringify(refusal)}\n\n`;
}
