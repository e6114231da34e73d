import type { IncomingMessage } from "node:http";

export const BODY_LIMIT = 1024 * 1024;
/** Past this, stop draining and drop the connection: nobody sends 64 MiB to App Runner. */
const DRAIN_LIMIT = 64 * 1024 * 1024;

export type Body = { ok: true; bytes: Buffer } | { ok: false; tooLarge: true };

/**
 * Reads the request body up to `limit` bytes. A larger body is drained (not kept) so the
 * client still reads the 413 answer instead of a reset connection.
 */
export function readBody(req: IncomingMessage, limit = BODY_LIMIT): Promise<Body> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"] ?? 0);
    let tooLarge = declared > limit;
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > DRAIN_LIMIT) {
        req.destroy();
        return;
      }
      if (tooLarge) return;
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () =>
      resolve(
        tooLarge ? { ok: false, tooLarge: true } : { ok: true, bytes: Buffer.concat(chunks, size) },
      ),
    );
    req.on("error", reject);
  });
}
