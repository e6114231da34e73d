import { refusal } from "./refusal";

/** The most a route's JSON body may weigh; every body the dashboard's own pages send is far less. */
export const JSON_BODY_LIMIT = 1024 * 1024;

export type JsonBody = { ok: true; value: unknown } | { ok: false; response: Response };

const isJson = (contentType: string | null) =>
  /^application\/json\s*(;|$)/i.test(contentType?.trim() ?? "");

const tooLarge = (limit: number) =>
  refusal(413, "invalid-request", `The request body is larger than ${limit / 1024} KB.`);

/**
 * A route's JSON body, read no further than `limit` bytes: 415 unless it is declared JSON (a
 * cross-origin form or `text/plain` post can't be), 413 as soon as it is too large (by its
 * Content-Length, or while streaming when it has none), 400 when it is not JSON.
 */
export async function readJsonBody(request: Request, limit = JSON_BODY_LIMIT): Promise<JsonBody> {
  if (!isJson(request.headers.get("content-type")))
    return {
      ok: false,
      response: refusal(415, "invalid-request", "Send the request body as application/json."),
    };
  if (Number(request.headers.get("content-length") ?? 0) > limit) {
    await request.body?.cancel().catch(() => undefined);
    return { ok: false, response: tooLarge(limit) };
  }

  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, response: tooLarge(limit) };
      }
      chunks.push(value);
    }
  }

  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return {
      ok: false,
      response: refusal(400, "invalid-request", "The request body is not valid JSON."),
    };
  }
}
