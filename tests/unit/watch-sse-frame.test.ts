import { describe, expect, it } from "vitest";

import { sseFrame } from "@/lib/apprunner/watch/sse-frame";
import { watchMessage } from "@/lib/apprunner/watch/watch-message";

/** Parses one SSE frame the way EventSource does (id, event, data lines joined by "\n"). */
function parse(frame: string) {
  const fields = frame.trimEnd().split("\n");
  const value = (name: string) =>
    fields.filter((l) => l.startsWith(`${name}: `)).map((l) => l.slice(name.length + 2));
  return { id: value("id")[0], event: value("event")[0], data: value("data").join("\n") };
}

describe("SSE frames", () => {
  it("carries the id, the event name and the data, ended by a blank line", () => {
    const frame = sseFrame(42, "service", '{"a":1}');
    expect(frame.endsWith("\n\n")).toBe(true);
    expect(parse(frame)).toEqual({ id: "42", event: "service", data: '{"a":1}' });
  });

  it("keeps data with newlines intact", () => {
    expect(parse(sseFrame(1, "log", "line one\nline two")).data).toBe("line one\nline two");
  });

  it("serialises a message once, with its JSON body as the data", () => {
    const message = watchMessage(7, "log", {
      stream: "events",
      lines: [{ timestamp: 1, message: "a\nb" }],
    });
    expect(JSON.parse(parse(message.frame).data)).toEqual(JSON.parse(message.data));
  });
});
