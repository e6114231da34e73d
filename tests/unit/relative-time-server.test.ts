import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";

const STARTED = Date.UTC(2026, 10, 27, 12, 0, 0);
const MINUTE = 60_000;

/** The component as a server loads it: once, when the server starts. */
async function loadAtServerStart() {
  vi.resetModules();
  vi.useFakeTimers({ now: STARTED, toFake: ["Date"] });
  return import("@/components/ui/relative-time");
}

afterEach(() => {
  vi.useRealTimers();
});

describe("relative times rendered on the server", () => {
  it("say '… ago' for the past on a page rendered long after the server started", async () => {
    const { RelativeTime } = await loadAtServerStart();
    vi.setSystemTime(STARTED + 30 * MINUTE);
    const html = renderToString(createElement(RelativeTime, { value: STARTED + 25 * MINUTE }));
    expect(html).toContain("5 minutes ago");
  });

  it("read the request's time, the one the browser's first render reads too", async () => {
    const { RelativeTime } = await loadAtServerStart();
    const { RequestTimeProvider } = await import("@/components/shell/request-time-provider");
    vi.setSystemTime(STARTED + 31 * MINUTE);
    const html = renderToString(
      createElement(
        RequestTimeProvider,
        { time: STARTED + 30 * MINUTE },
        createElement(RelativeTime, { value: STARTED + 25 * MINUTE }),
      ),
    );
    expect(html).toContain("5 minutes ago");
  });
});
