import { describe, expect, it } from "vitest";

import { formatDuration, formatRelative } from "@/components/ui/format-time";

const NOW = Date.UTC(2026, 10, 27, 12, 0, 0);

describe("formatRelative", () => {
  it("says how long ago something happened", () => {
    expect(formatRelative(new Date(NOW - 30_000), NOW)).toBe("30 seconds ago");
    expect(formatRelative(new Date(NOW - 5 * 60_000), NOW)).toBe("5 minutes ago");
    expect(formatRelative(new Date(NOW - 3 * 3_600_000), NOW)).toBe("3 hours ago");
  });

  it("never shows a past event as future when the server's clock runs a little ahead", () => {
    expect(formatRelative(new Date(NOW + 10_000), NOW)).toBe("just now");
    expect(formatRelative(new Date(NOW + 90_000), NOW)).toBe("just now");
  });
});

describe("formatDuration", () => {
  it("reads as a person would say it", () => {
    expect(formatDuration(850)).toBe("850 ms");
    expect(formatDuration(12_400)).toBe("12 s");
    expect(formatDuration(4_300)).toBe("4.3 s");
    expect(formatDuration(65_000)).toBe("1 min 05 s");
    expect(formatDuration(undefined)).toBe("—");
  });
});
