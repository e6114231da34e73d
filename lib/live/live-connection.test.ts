import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { LastEventIds } from "./last-event-ids";
import {
  ERRORS_BEFORE_OFFLINE,
  LiveConnection,
  REOPEN_DEBOUNCE_MS,
  STREAM_RETRY_MS,
  type Connection,
} from "./live-connection";
import type { LiveRefusal } from "./protocol";
import { sourceFactory } from "./testing-fakes";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup() {
  const factory = sourceFactory();
  const lastIds = new LastEventIds();
  const messages: [string, string, number][] = [];
  const refusals: LiveRefusal[] = [];
  const states: [Connection, readonly string[]][] = [];
  const connection = new LiveConnection(factory.open, lastIds, {
    message: (arn, event, id) => messages.push([arn, event, id]),
    refused: (refusal) => refusals.push(refusal),
    state: (state, arns) => states.push([state, arns]),
  });
  return { factory, lastIds, messages, refusals, states, connection };
}

const settle = () => vi.advanceTimersByTime(REOPEN_DEBOUNCE_MS);

describe("LiveConnection", () => {
  it("opens one stream for views that come at once", () => {
    const { factory, connection } = setup();
    connection.want(["a"]);
    connection.want(["a", "b"]);
    connection.want(["a", "b", "c"]);
    expect(factory.sources).toHaveLength(0);
    settle();
    expect(factory.sources).toHaveLength(1);
    expect(factory.sources[0]!.url).toMatch(/^\/api\/live\?/);
    expect(factory.sources[0]!.entries).toEqual([{ arn: "a" }, { arn: "b" }, { arn: "c" }]);
  });

  it("reopens on a new set, each service after its last message; nothing for the same set", () => {
    const { factory, connection, messages, states } = setup();
    connection.want(["a", "b"]);
    settle();
    const first = factory.sources[0]!;
    first.open();
    expect(states.at(-1)).toEqual(["live", ["a", "b"]]);
    first.message("a", 5);
    first.message("b", 3, "log");
    first.message("a", 6, "status");
    expect(messages).toEqual([
      ["a", "service", 5],
      ["b", "log", 3],
      ["a", "status", 6],
    ]);
    connection.want(["b", "a"]);
    settle();
    expect(factory.sources).toHaveLength(1);

    connection.want(["a", "b", "c"]);
    settle();
    expect(first.closed).toBe(true);
    expect(factory.live()).toHaveLength(1);
    expect(factory.sources[1]!.entries).toEqual([
      { arn: "a", lastEventId: 6 },
      { arn: "b", lastEventId: 3 },
      { arn: "c" },
    ]);
  });

  it("asks for a service from the start again when a new view needs it replayed", () => {
    const { factory, connection } = setup();
    connection.want(["a", "b"]);
    settle();
    factory.sources[0]!.message("a", 5);
    factory.sources[0]!.message("b", 6);
    connection.want(["a", "b"], ["b"]);
    settle();
    expect(factory.sources[1]!.entries).toEqual([{ arn: "a", lastEventId: 5 }, { arn: "b" }]);
  });

  it("closes the stream when no view wants anything", () => {
    const { factory, connection } = setup();
    connection.want(["a"]);
    settle();
    connection.want([]);
    settle();
    expect(factory.live()).toHaveLength(0);
  });

  it("leaves a refused service out until its retry time, then asks again", () => {
    const { factory, connection, refusals, states } = setup();
    connection.want(["a", "b"]);
    settle();
    const first = factory.sources[0]!;
    first.open();
    first.send("refused", {
      arn: "b",
      reason: "too-many-streams",
      message: "close some pages",
      retryAfterSeconds: 10,
    });
    expect(refusals.map((r) => r.arn)).toEqual(["b"]);
    expect(states.at(-1)).toEqual(["live", ["a"]]);
    // A view coming and going meanwhile does not bring it back early.
    connection.want(["a", "b", "c"]);
    settle();
    expect(factory.sources.at(-1)!.entries.map((e) => e.arn)).toEqual(["a", "c"]);
    vi.advanceTimersByTime(10_000);
    expect(factory.live()).toHaveLength(1);
    expect(factory.sources.at(-1)!.entries.map((e) => e.arn)).toEqual(["a", "b", "c"]);
  });

  it("retries a service refused with a time it can't read after 10 s", () => {
    const { factory, connection } = setup();
    connection.want(["a", "b"]);
    settle();
    factory.sources[0]!.open();
    factory.sources[0]!.send("refused", { arn: "b", reason: "from-the-future", message: "?" });
    vi.advanceTimersByTime(9_000);
    expect(factory.sources).toHaveLength(1);
    vi.advanceTimersByTime(1_010);
    expect(factory.sources).toHaveLength(2);
    expect(factory.live()[0]!.entries.map((e) => e.arn)).toEqual(["a", "b"]);
  });

  it("carries at most 20 services and tells the others' views why", () => {
    const { factory, connection, refusals } = setup();
    const arns = Array.from({ length: 22 }, (_, i) => `s${i}`);
    connection.want(arns);
    settle();
    expect(factory.sources[0]!.entries).toHaveLength(20);
    expect(refusals.map((r) => [r.arn, r.reason])).toEqual([
      ["s20", "too-many-services"],
      ["s21", "too-many-services"],
    ]);
    // One leaves: the next in line is carried.
    connection.want(arns.slice(1));
    settle();
    expect(factory.sources.at(-1)!.entries.map((e) => e.arn)).toContain("s20");
    expect(refusals).toHaveLength(2);
  });

  it("says reconnecting after a failure, offline after several, and comes back by itself", () => {
    const { factory, connection, states } = setup();
    connection.want(["a"]);
    settle();
    factory.sources[0]!.open();
    factory.sources[0]!.message("a", 41);
    for (let failure = 1; failure <= ERRORS_BEFORE_OFFLINE; failure++) {
      factory.sources.at(-1)!.fail();
      expect(factory.live()).toHaveLength(0);
      expect(states.at(-1)![0]).toBe(failure < ERRORS_BEFORE_OFFLINE ? "reconnecting" : "offline");
      if (failure < ERRORS_BEFORE_OFFLINE) vi.advanceTimersByTime(1_000 * failure);
    }
    expect(factory.sources).toHaveLength(ERRORS_BEFORE_OFFLINE);
    vi.advanceTimersByTime(STREAM_RETRY_MS);
    const again = factory.sources.at(-1)!;
    expect(again.entries).toEqual([{ arn: "a", lastEventId: 41 }]);
    again.open();
    expect(states.at(-1)).toEqual(["live", ["a"]]);
  });

  it("counts a stream that never opens (stuck behind other connections) as failed", () => {
    const { factory, connection, states } = setup();
    connection.want(["a"]);
    settle();
    vi.advanceTimersByTime(10_000);
    expect(factory.sources[0]!.closed).toBe(true);
    expect(states.at(-1)![0]).toBe("reconnecting");
  });
});
