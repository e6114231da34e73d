import type { ErrorBody } from "@/lib/apprunner/api/failure-response";
import { getWatchHub } from "@/lib/apprunner/watch/get-watch-hub";
import { notFoundResponse, ownServiceArn } from "@/lib/apprunner/watch/own-service-arn";
import {
  SSE_HEARTBEAT,
  SSE_HEARTBEAT_MS,
  SSE_MAX_QUEUED_BYTES,
  SSE_QUEUING,
  sseResponse,
} from "@/lib/apprunner/watch/sse-frame";
import type { StreamRefusal } from "@/lib/apprunner/watch/watch-hub";
import { currentViewer } from "@/lib/auth";
import { getSettings } from "@/lib/env";
import { onShutdown } from "@/lib/shutdown";
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
  const encoder = new TextEncoder();
  let cleanup = () => {};

  const stream = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        let closed = false;
        const write = (text: string) => {
          if (closed) return;
          if ((controller.desiredSize ?? 0) < -SSE_MAX_QUEUED_BYTES) {
            cleanup();
            controller.close();
            return;
          }
          try {
            controller.enqueue(encoder.encode(text));
          } catch {
            cleanup();
          }
        };
        // Reconnect quickly after a drop; EventSource's default wait is several seconds.
        write("retry: 1000\n\n");
        const unsubscribe = opened.subscribe(
          {
            send: (message) => write(message.frame),
            // The loop has ended (the service is gone): end the response after its last word.
            close: () => {
              if (closed) return;
              cleanup();
              try {
                controller.close();
              } catch {
                // Already cancelled by the browser.
              }
            },
          },
          lastEventId(request),
        );
        const heartbeat = setInterval(() => write(SSE_HEARTBEAT), SSE_HEARTBEAT_MS);
        // The dashboard is stopping: end the response, so the server can close and the browser
        // reconnects (elsewhere, or here once it is back) with its Last-Event-ID.
        const unhook = onShutdown(() => {
          cleanup();
          try {
            controller.close();
          } catch {
            // Already cancelled by the browser.
          }
        });
        cleanup = () => {
          if (closed) return;
          closed = true;
          clearInterval(heartbeat);
          unhook();
          unsubscribe();
          request.signal.removeEventListener("abort", cleanup);
        };
        request.signal.addEventListener("abort", cleanup);
        if (request.signal.aborted) cleanup();
      },
      cancel() {
        cleanup();
      },
    },
    SSE_QUEUING,
  );

  return sseResponse(stream);
}
