import { getWatchHub } from "@/lib/apprunner/watch/get-watch-hub";
import { parseServiceArn } from "@/lib/apprunner/watch/service-arn";
import { SSE_HEARTBEAT } from "@/lib/apprunner/watch/sse-frame";
import { refuseUnlessSignedIn } from "@/lib/audit/route-guards";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const HEARTBEAT_MS = 15_000;
/** A viewer this far behind (bytes queued) is not reading; drop it rather than buffer forever. */
const MAX_QUEUED_BYTES = 4 * 1024 * 1024;

function lastEventId(request: Request): number | undefined {
  const raw =
    request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("lastEventId");
  const id = raw === null ? NaN : Number(raw);
  return Number.isSafeInteger(id) && id >= 0 ? id : undefined;
}

/** The live stream of one service (see DESIGN.md, "The live stream's contract"). */
export async function GET(request: Request): Promise<Response> {
  const unsigned = await refuseUnlessSignedIn();
  if (unsigned) return unsigned;
  const arn = new URL(request.url).searchParams.get("arn") ?? "";
  if (!parseServiceArn(arn)) {
    return Response.json({ message: "Give the service's ARN as ?arn=." }, { status: 400 });
  }
  const encoder = new TextEncoder();
  let cleanup = () => {};

  const stream = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        let closed = false;
        const write = (text: string) => {
          if (closed) return;
          if ((controller.desiredSize ?? 0) < -MAX_QUEUED_BYTES) {
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
        const unsubscribe = getWatchHub().subscribe(
          arn,
          { send: (message) => write(message.frame) },
          lastEventId(request),
        );
        const heartbeat = setInterval(() => write(SSE_HEARTBEAT), HEARTBEAT_MS);
        cleanup = () => {
          if (closed) return;
          closed = true;
          clearInterval(heartbeat);
          unsubscribe();
          request.signal.removeEventListener("abort", cleanup);
        };
        request.signal.addEventListener("abort", cleanup);
      },
      cancel() {
        cleanup();
      },
    },
    { highWaterMark: MAX_QUEUED_BYTES, size: (chunk) => chunk.byteLength },
  );

  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      "X-Accel-Buffering": "no",
      Connection: "keep-alive",
    },
  });
}
