/**
 * The multi-service live stream's wire format (docs/live-stream.md), shared by the route and
 * the browser: which services a stream carries, and the messages it sends for each.
 */

/** Where a browser opens its one stream for all of its live views. */
export const LIVE_STREAM_PATH = "/api/live";

/**
 * Services one connection carries at most. Each still counts against the viewer's own caps
 * (live streams and distinct services a minute), which are 20 each by default.
 */
export const MAX_SERVICES_PER_STREAM = 20;

/** One service of a stream, and the id of the last of its messages the browser has seen. */
export type LiveEntry = { arn: string; lastEventId?: number };

/** The events a service's messages carry, as on the single-service stream. */
export type LiveEvent = "service" | "log" | "status";

/** `data:` of a `service`, `log` or `status` message: the single stream's payload, wrapped. */
export type LiveEnvelope = { arn: string; id: number; data: unknown };

/** Why a service is not (or no longer) in the stream, per service, in-band. */
export type LiveRefusalReason =
  | "gone"
  | "too-many-streams"
  | "too-many-services"
  | "server-busy"
  | "invalid-request"
  | "not-found"
  | "unavailable"
  | "ended";

/** `data:` of a `refused` message. The rest of the stream carries on. */
export type LiveRefusal = {
  arn: string;
  reason: LiveRefusalReason;
  message: string;
  /** When asking again for this service may succeed. */
  retryAfterSeconds: number;
};

/** An ARN holds no `@` or `&`; `@<id>` after it is the last event id seen. */
function formatEntry({ arn, lastEventId }: LiveEntry): string {
  return lastEventId === undefined ? arn : `${arn}@${lastEventId}`;
}

/** The query string of a stream carrying `entries`, in their order. */
export function liveQuery(entries: readonly LiveEntry[]): string {
  const params = new URLSearchParams();
  for (const entry of entries) params.append("arn", formatEntry(entry));
  return params.toString();
}

/** The entries a stream's query asks for, each ARN once (its first mention wins), in order. */
export function parseLiveQuery(params: URLSearchParams): LiveEntry[] {
  const seen = new Set<string>();
  const entries: LiveEntry[] = [];
  for (const raw of params.getAll("arn")) {
    const at = raw.lastIndexOf("@");
    const arn = at < 0 ? raw : raw.slice(0, at);
    const id = at < 0 ? NaN : Number(raw.slice(at + 1));
    if (!arn || seen.has(arn)) continue;
    seen.add(arn);
    entries.push(
      Number.isSafeInteger(id) && id >= 0 && raw.slice(at + 1) !== ""
        ? { arn, lastEventId: id }
        : { arn },
    );
  }
  return entries;
}
