/**
 * The services list's polling, as a browser tab runs it (TanStack Query's observer with the
 * list's own options), against a dashboard route that answers as the real one does: 200, or
 * 429 with Retry-After while App Runner throttles. Minutes pass on a fake clock.
 */
import { afterEach, beforeEach, expect, it, vi } from "vitest";

type Answer = "ok" | { status: number; retryAfter?: number };

let answer: Answer = "ok";
let requests: number[] = [];

beforeEach(() => {
  // TanStack Query polls only in a browser (it checks for `window`).
  vi.stubGlobal("window", globalThis);
  vi.useFakeTimers();
  vi.resetModules();
  answer = "ok";
  requests = [];
  vi.stubGlobal("fetch", async () => {
    requests.push(Date.now());
    if (answer === "ok")
      return Response.json({ services: [], fetchedAt: new Date().toISOString() });
    const headers: Record<string, string> = answer.retryAfter
      ? { "Retry-After": String(answer.retryAfter) }
      : {};
    return Response.json(
      { kind: "throttled", message: "AWS is throttling requests right now." },
      { status: answer.status, headers },
    );
  });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** A tab showing the list for `ms`; returns when each request went out (ms from the start). */
async function showList(ms: number, during?: (elapsed: number) => void): Promise<number[]> {
  const { QueryClient, QueryObserver } = await import("@tanstack/react-query");
  const { serviceQueries } = await import("@/lib/query/service-queries");
  const client = new QueryClient();
  const observer = new QueryObserver(client, serviceQueries.list());
  const start = Date.now();
  const stop = observer.subscribe(() => {});
  for (let t = 0; t < ms; t += 1_000) {
    during?.(t);
    await vi.advanceTimersByTimeAsync(1_000);
  }
  stop();
  client.clear();
  return requests.map((at) => at - start);
}

const TEN_MINUTES = 10 * 60_000;

it("asks less often while throttled than while healthy, not more", async () => {
  const healthy = (await showList(TEN_MINUTES)).length;
  requests = [];
  answer = { status: 429, retryAfter: 5 };
  const throttled = (await showList(TEN_MINUTES)).length;
  console.log(`list requests in 10 min: healthy ${healthy}, throttled ${throttled}`);
  expect(healthy).toBeGreaterThanOrEqual(35);
  expect(throttled).toBeLessThan(healthy / 2);
});

it("waits longer after each refusal in a row, up to two minutes", async () => {
  answer = { status: 503 };
  const at = await showList(TEN_MINUTES);
  const gaps = at.slice(1).map((t, i) => t - at[i]!);
  // Never sooner than the normal period; growing; capped.
  for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(15_000);
  expect(gaps[3]!).toBeGreaterThan(gaps[0]!);
  for (const gap of gaps) expect(gap).toBeLessThanOrEqual(120_000 + 1_000);
});

it("honours Retry-After", async () => {
  answer = { status: 429, retryAfter: 90 };
  const at = await showList(4 * 60_000);
  expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(90_000);
});

it("goes back to the normal period once the route answers again", async () => {
  answer = { status: 429, retryAfter: 5 };
  const at = await showList(TEN_MINUTES, (elapsed) => {
    if (elapsed === 5 * 60_000) answer = "ok";
  });
  const after = at.filter((t) => t > 7 * 60_000);
  const gaps = after.slice(1).map((t, i) => t - after[i]!);
  expect(gaps.length).toBeGreaterThan(3);
  for (const gap of gaps) expect(gap).toBeLessThanOrEqual(15_000 + 1_000);
});
