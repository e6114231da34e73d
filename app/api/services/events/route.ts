import type { ErrorBody } from "@/lib/apprunner/api/failure-response";
import { getWatchHub } from "@/lib/apprunner/watch/get-watch-hub";
import { notFoundResponse, ownServiceArn } from "@/lib/apprunner/watch/own-service-arn";
import { sseStream } from "@/lib/apprunner/watch/sse-frame";
import type { StreamRefusal } from "@/lib/apprunner/watch/watch-hub";
import { currentViewer } from "@/lib/auth";
import { getSettings } from "@/lib/env";
import { refuseUnlessSignedIn } from "@/lib/audit/route-guards";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

function lastEventId(request: Request): number | undefined {
  const raw =
    request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("lastEventId");
  const id = raw === null ? NaN : Number(raw);
  return Number.isSafeInteger(id) && id >= 0 ? id : undefined;
}

/** Seconds to wait before asking again, per refusal: a viewer's window, or the server's loops. */
const RETRY_AFTER_SECONDS: Record<Exclude<StreamRefusal["reason"], "gone">, number> = {
  "too-many-streams": 10,
  "too-many-services": 60,
  "server-busy": 60,
};

function refusalResponse({ reason, message }: StreamRefusal): Response {
  if (reason === "gone") return notFoundResponse(message);
  const body: ErrorBody = { kind: "throttled", message };
  return Response.json(body, {
    // A viewer over their caps is asking too much (429); the server's own cap is its overload.
    status: reason === "server-busy" ? 503 : 429,
    headers: { "Retry-After": String(RETRY_AFTER_SECONDS[reason]), "Cache-Control": "no-store" },
  });
}

/** The live stream of one service (see DESIGN.md, "The live stream's contract"). */
export async function GET(request: Request): Promise<Response> {
  const unsigned = await refuseUnlessSignedIn();
  if (unsigned) return unsigned;
  const checked = await ownServiceArn(
    new URL(request.url).searchParams.get("arn") ?? "",
    "Give the service's ARN as ?arn=.",
  );
  if (!checked.ok) return checked.response;
  const { arn } = checked;
  // Caps are per person when sign-in is on; with it off there is one (local) person, who may
  // open as many streams as the server allows, but is held to the same distinct services.
  const viewer = (await currentViewer())?.id ?? "anonymous";
  const alone = getSettings().auth.mode === "none";
  const opened = await getWatchHub().open(arn, viewer, alone);
  if (!opened.ok) return refusalResponse(opened);
  return sseStream(request, (write, end) => {
    // Reconnect quickly after a drop; EventSource's default wait is several seconds.
    write("retry: 1000\n\n");
    return opened.subscribe(
      // The loop has ended (the service is gone): end the response after its last word.
      { send: (message) => write(message.frame), close: end },
      lastEventId(request),
    );
  });
}
