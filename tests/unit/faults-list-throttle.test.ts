/**
 * The services route in front of an App Runner that throttles ListServices: every open list
 * (any number of tabs) must not turn into upstream calls while AWS is saying "slow down".
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, expect, it } from "vitest";

let upstream: Server;
/** `every`: every ListServices is throttled; `alternate`: every other one (retries get through). */
let throttling: false | "every" | "alternate" = "every";
const calls: string[] = [];
let GET: () => Promise<Response>;

beforeAll(async () => {
  // Answers as App Runner's JSON 1.0 protocol does: throttled, or an empty list.
  upstream = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      const target = String(req.headers["x-amz-target"] ?? "");
      calls.push(target);
      res.setHeader("Content-Type", "application/x-amz-json-1.0");
      if (throttling === "every" || (throttling === "alternate" && calls.length % 2 === 1)) {
        res.setHeader("x-amzn-ErrorType", "ThrottlingException");
        res.writeHead(400);
        res.end(JSON.stringify({ __type: "ThrottlingException", Message: "Rate exceeded" }));
        return;
      }
      res.writeHead(200);
      res.end(JSON.stringify({ ServiceSummaryList: [] }));
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
  process.env.APPRUNNER_ENDPOINT = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
  ({ GET } = await import("@/app/api/services/route"));
});

afterAll(async () => {
  delete process.env.APPRUNNER_ENDPOINT;
  upstream.closeAllConnections();
  await new Promise((resolve) => upstream.close(resolve));
});

it("answers throttled lists from the refusal it has, with Retry-After, instead of asking again", async () => {
  const first = await GET();
  expect(first.status).toBe(429);
  const upstreamForOne = calls.length;
  // The SDK retried the throttled call itself.
  expect(upstreamForOne).toBeGreaterThanOrEqual(1);
  expect(upstreamForOne).toBeLessThanOrEqual(3);

  // Ten more lists (tabs polling) right after: no more upstream calls.
  const more = await Promise.all(Array.from({ length: 10 }, () => GET()));
  for (const answer of more) {
    expect(answer.status).toBe(429);
    expect(Number(answer.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
  }
  expect(calls.length).toBe(upstreamForOne);
  console.log(`11 throttled list requests: ${calls.length} upstream ListServices calls`);
});

it("asks App Runner again once the wait is over, and answers the list when it recovers", async () => {
  throttling = false;
  const wait = Number((await GET()).headers.get("retry-after"));
  await new Promise((resolve) => setTimeout(resolve, wait * 1000 + 100));
  const before = calls.length;
  const answer = await GET();
  expect(answer.status).toBe(200);
  expect(calls.length).toBeGreaterThan(before);
}, 30_000);

/** Lists requested every half second for `ms`; the upstream calls they cost. */
async function poll(ms: number): Promise<number> {
  const before = calls.length;
  for (let t = 0; t < ms; t += 500) {
    expect((await GET()).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return calls.length - before;
}

it("asks less often while App Runner throttles, even when the SDK's retries get through", async () => {
  throttling = false;
  const healthy = await poll(10_000);
  throttling = "alternate";
  const throttled = await poll(10_000);
  console.log(`lists for 10 s: ${healthy} ListServices calls healthy, ${throttled} throttled`);
  expect(throttled).toBeLessThan(healthy);
}, 60_000);
