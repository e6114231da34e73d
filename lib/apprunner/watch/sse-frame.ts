import { onShutdown } from "@/lib/shutdown";

/** One Server-Sent Events message. `data` may hold newlines; each line gets its own `data:`. */
export function sseFrame(id: number, event: string, data: string): string {
  const body = data
    .split("\n")
    .map((line) => `data: ${line}`)
    .join("\n");
  return `id: ${id}\nevent: ${event}\n${body}\n\n`;
}

const SSE_HEARTBEAT = ": heartbeat\n\n";
/** How often an idle stream sends a heartbeat, so proxies keep it open. */
const SSE_HEARTBEAT_MS = 15_000;
/** A viewer this far behind (bytes queued) is not reading; drop it rather than buffer forever. */
const SSE_MAX_QUEUED_BYTES = 4 * 1024 * 1024;

/** Writes text to a stream's response (nothing once it has ended). */
export type SseWrite = (text: string) => void;

/**
 * The response of a live stream route: `open` starts feeding it through `write` and may `end`
 * it; it returns what to run when the stream ends, however it ends (the browser goes, the reader
 * falls `SSE_MAX_QUEUED_BYTES` behind, the dashboard is told to stop, or `end`). Heartbeats keep
 * an idle stream open. The response is never cached, transformed or buffered on the way.
 */
export function sseStream(
  request: Request,
  open: (write: SseWrite, end: () => void) => () => void,
): Response {
  const encoder = new TextEncoder();
  let stop = () => {};
  const stream = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        let closed = false;
        let release = () => {};
        const end = () => {
          if (closed) return;
          stop();
          try {
            controller.close();
          } catch {
            // Already cancelled by the browser.
          }
        };
        const write: SseWrite = (text) => {
          if (closed) return;
          if ((controller.desiredSize ?? 0) < -SSE_MAX_QUEUED_BYTES) return end();
          try {
            controller.enqueue(encoder.encode(text));
          } catch {
            stop();
          }
        };
        const heartbeat = setInterval(() => write(SSE_HEARTBEAT), SSE_HEARTBEAT_MS);
        // The dashboard is stopping: end the response, so the server can close and the browser
        // reconnects (elsewhere, or here once it is back) with its last event ids.
        const unhook = onShutdown(end);
        stop = () => {
          if (closed) return;
          closed = true;
          clearInterval(heartbeat);
          unhook();
          request.signal.removeEventListener("abort", stop);
          release();
        };
        request.signal.addEventListener("abort", stop);
        if (request.signal.aborted) return stop();
        release = open(write, end);
        // Ended while opening: what it started stops now.
        if (closed) release();
      },
      cancel() {
        stop();
      },
    },
    { highWaterMark: SSE_MAX_QUEUED_BYTES, size: (chunk) => chunk.byteLength },
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
