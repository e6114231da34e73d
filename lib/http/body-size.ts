/**
 * The most any request body may weigh, API route or server action: the dashboard's own pages
 * never send more than a few KB. next.config.js gives Next.js the same number for server
 * actions (serverActions.bodySizeLimit) and twice it for what it buffers for proxy.ts
 * (proxyClientMaxBodySize), so a body over the limit is always seen to be over it here.
 */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** Whether the request says its body is over `limit` (Content-Length). */
export function declaresTooLarge(request: Request, limit = BODY_LIMIT_BYTES): boolean {
  return Number(request.headers.get("content-length") ?? 0) > limit;
}

/**
 * The request's body, read no further than `limit` bytes; "too-large" as soon as it passes it
 * (for a body sent in chunks, with no Content-Length to go by).
 */
export async function readBodyUpTo(
  request: Request,
  limit = BODY_LIMIT_BYTES,
): Promise<Uint8Array | "too-large"> {
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks);
    size += value.byteLength;
    if (size > limit) {
      // Not awaited: a cancel settles only once every reader of the stream has let go.
      reader.cancel().catch(() => undefined);
      return "too-large";
    }
    chunks.push(value);
  }
}
