import { describe, expect, it } from "vitest";

import { readJsonBody } from "@/lib/http/read-json-body";

// Finding "Route-handler POSTs": /api/connections and /api/auto-scaling-configurations took
// cross-origin `text/plain` bodies and read bodies of any size (eight 200 MB bodies pushed the
// server to 2.9 GB). readJsonBody requires JSON and stops reading at its limit.

const json = { "Content-Type": "application/json" };

/** A body sent in chunks with no Content-Length, counting how much of it was pulled. */
function chunked(chunkBytes: number, chunks: number) {
  const seen = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (seen.pulled === chunks) return controller.close();
      seen.pulled++;
      controller.enqueue(new Uint8Array(chunkBytes).fill(0x20));
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  return { body, seen };
}

describe("readJsonBody", () => {
  it("reads a JSON body", async () => {
    const request = new Request("http://127.0.0.1/api", {
      method: "POST",
      headers: { "Content-Type": "application/json; charset=utf-8" },
      body: JSON.stringify({ name: "conn-1" }),
    });
    expect(await readJsonBody(request)).toEqual({ ok: true, value: { name: "conn-1" } });
  });

  it("answers 415 to a body that is not declared JSON, such as a cross-origin text/plain post", async () => {
    const cases: Record<string, string>[] = [
      {},
      { "Content-Type": "text/plain" },
      { "Content-Type": "application/jsonp" },
    ];
    for (const headers of cases) {
      const read = await readJsonBody(
        new Request("http://127.0.0.1/api", { method: "POST", headers, body: '{"name":"x"}' }),
      );
      expect(read.ok).toBe(false);
      if (read.ok) continue;
      expect(read.response.status).toBe(415);
      expect(await read.response.json()).toEqual({
        kind: "invalid-request",
        message: "Send the request body as application/json.",
      });
    }
  });

  it("answers 413 from a Content-Length over the limit without reading the body", async () => {
    const { body, seen } = chunked(64 * 1024, 32);
    const request = new Request("http://127.0.0.1/api", {
      method: "POST",
      headers: { ...json, "Content-Length": String(2 * 1024 * 1024) },
      body,
      duplex: "half",
    } as RequestInit);
    const read = await readJsonBody(request, 1024 * 1024);
    expect(read.ok || read.response.status).toBe(413);
    expect(seen.pulled).toBeLessThanOrEqual(1);
  });

  it("stops reading a chunked body as soon as it passes the limit, and answers 413", async () => {
    const { body, seen } = chunked(64 * 1024, 3200); // 200 MB if read to the end
    const request = new Request("http://127.0.0.1/api", {
      method: "POST",
      headers: json,
      body,
      duplex: "half",
    } as RequestInit);
    const read = await readJsonBody(request, 1024 * 1024);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.response.status).toBe(413);
    expect(await read.response.json()).toEqual({
      kind: "invalid-request",
      message: "The request body is larger than 1024 KB.",
    });
    expect(seen.pulled).toBeLessThan(20);
    expect(seen.cancelled).toBe(true);
  });

  it("answers 400 to a body that is not JSON", async () => {
    for (const text of ["{", "", "\u00ff"]) {
      const request = new Request("http://127.0.0.1/api", {
        method: "POST",
        headers: json,
        body: text,
      });
      const read = await readJsonBody(request);
      expect(read.ok || read.response.status).toBe(400);
    }
  });
});
