/** One Server-Sent Events message. `data` may hold newlines; each line gets its own `data:`. */
export function sseFrame(id: number, event: string, data: string): string {
  const body = data
    .split("\n")
    .map((line) => `data: ${line}`)
    .join("\n");
  return `id: ${id}\nevent: ${event}\n${body}\n\n`;
}

export const SSE_HEARTBEAT = ": heartbeat\n\n";

/** How often an idle stream sends a heartbeat, so proxies keep it open. */
export const SSE_HEARTBEAT_MS = 15_000;
/** A viewer this far behind (bytes queued) is not reading; drop it rather than buffer forever. */
export const SSE_MAX_QUEUED_BYTES = 4 * 1024 * 1024;

/** The queueing strategy of a stream of SSE chunks, bounded by `SSE_MAX_QUEUED_BYTES`. */
export const SSE_QUEUING: QueuingStrategy<Uint8Array> = {
  highWaterMark: SSE_MAX_QUEUED_BYTES,
  size: (chunk) => chunk.byteLength,
};

/** The response that carries an SSE stream: never cached, transformed or buffered on the way. */
export function sseResponse(stream: ReadableStream<Uint8Array>): Response {
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      "X-Accel-Buffering": "no",
      Connection: "keep-alive",
    },
  });
}
