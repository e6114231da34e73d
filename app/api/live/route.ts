import { badRequestResponse, type ErrorBody } from "@/lib/apprunner/api/failure-response";
import { getWatchHub } from "@/lib/apprunner/watch/get-watch-hub";
import { ownServiceArn } from "@/lib/apprunner/watch/own-service-arn";
import { sseStream, type SseWrite } from "@/lib/apprunner/watch/sse-frame";
import { refuseUnlessSignedIn } from "@/lib/audit/route-guards";
import { currentViewer } from "@/lib/auth";
import { getSettings } from "@/lib/env";
import { liveFrame, refusedFrame } from "@/lib/live/live-frames";
import {
  MAX_SERVICES_PER_STREAM,
  parseLiveQuery,
  type LiveEntry,
  type LiveRefusal,
  type LiveRefusalReason,
} from "@/lib/live/protocol";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Seconds before asking again for a service refused for this reason (as the single route's). */
const RETRY_AFTER_SECONDS: Record<LiveRefusalReason, number> = {
  gone: 60,
  "not-found": 60,
  "invalid-request": 60,
  "too-many-streams": 10,
  "too-many-services": 60,
  "server-busy": 60,
  unavailable: 10,
  ended: 10,
};

function refusal(arn: string, reason: LiveRefusalReason, message: string): LiveRefusal {
  // The hub may learn new reasons; until this table does, they are retried after 10 s.
  return { arn, reason, message, retryAfterSeconds: RETRY_AFTER_SECONDS[reason] ?? 10 };
}

/** The single route's answer for an ARN it would not stream, as an in-band refusal. */
async function refusalOf(arn: string, response: Response): Promise<LiveRefusal> {
  const body = (await response.json().catch(() => undefined)) as ErrorBody | undefined;
  const message = body?.message ?? "This service can't be streamed now.";
  if (response.status === 400) return refusal(arn, "invalid-request", message);
  if (response.status === 404) return refusal(arn, "not-found", message);
  return refusal(arn, "unavailable", message);
}

/**
 * Starts streaming one service into the response, or says in-band why not. Resolves to the
 * function that stops it.
 */
async function startService(
  { arn, lastEventId }: LiveEntry,
  viewer: string,
  alone: boolean,
  write: SseWrite,
): Promise<() => void> {
  const checked = await ownServiceArn(arn, "Give each service's ARN as ?arn=.");
  if (!checked.ok) {
    write(refusedFrame(await refusalOf(arn, checked.response)));
    return () => {};
  }
  const opened = await getWatchHub().open(arn, viewer, alone);
  if (!opened.ok) {
    write(refusedFrame(refusal(arn, opened.reason, opened.message)));
    return () => {};
  }
  return opened.subscribe(
    {
      send: (message) => write(liveFrame(arn, message)),
      // The service's loop ended (it is gone, or the server is stopping); the others go on.
      close: () =>
        write(refusedFrame(refusal(arn, "ended", "Live updates of this service have ended."))),
    },
    lastEventId,
  );
}

/**
 * The live stream of several services on one connection (docs/live-stream.md): a browser's
 * views in all of its tabs share it, since over HTTP/1.1 it may open only six per origin. Each
 * service is checked and capped as on `/api/services/events`; one that can't be streamed gets a
 * `refused` message, never a dropped connection.
 */
export async function GET(request: Request): Promise<Response> {
  const unsigned = await refuseUnlessSignedIn();
  if (unsigned) return unsigned;
  const entries = parseLiveQuery(new URL(request.url).searchParams);
  if (entries.length === 0)
    return badRequestResponse(
      "Give each service's ARN as ?arn=<ARN>, optionally followed by @<last event id>.",
    );
  const viewer = (await currentViewer())?.id ?? "anonymous";
  const alone = getSettings().auth.mode === "none";
  return sseStream(request, (write) => {
    let ended = false;
    const stops: (() => void)[] = [];
    // Opens the headers at once, whatever the first answer from App Runner takes.
    write(": open\n\n");
    entries.forEach((entry, index) => {
      if (index >= MAX_SERVICES_PER_STREAM) {
        write(
          refusedFrame(
            refusal(
              entry.arn,
              "too-many-services",
              `One live connection carries at most ${MAX_SERVICES_PER_STREAM} services.`,
            ),
          ),
        );
        return;
      }
      void startService(entry, viewer, alone, write).then(
        (stop) => (ended ? stop() : stops.push(stop)),
        () =>
          write(
            refusedFrame(refusal(entry.arn, "unavailable", "This service can't be streamed now.")),
          ),
      );
    });
    return () => {
      ended = true;
      for (const stop of stops.splice(0)) stop();
    };
  });
}
