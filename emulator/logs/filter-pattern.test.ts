import { describe, expect, it } from "vitest";

import { compileFilterPattern } from "./filter-pattern";

describe("CloudWatch Logs term filter patterns", () => {
  const lines = [
    "[AppRunner] Health check is successful.",
    "[AppRunner] Health check failed on protocol `TCP` [Port: '8080'].",
    "[Build] npm ERR! missing script: build",
  ];
  const match = (pattern: string | undefined) => lines.filter(compileFilterPattern(pattern));

  it("matches everything with no pattern", () => {
    expect(match(undefined)).toEqual(lines);
    expect(match("  ")).toEqual(lines);
  });

  it("requires every bare term, case-sensitively", () => {
    expect(match("Health failed")).toEqual([lines[1]]);
    expect(match("health")).toEqual([]);
  });

  it("matches a quoted phrase exactly", () => {
    expect(match('"check is successful"')).toEqual([lines[0]]);
  });

  it("matches any ?term and excludes -term", () => {
    expect(match("?successful ?ERR!")).toEqual([lines[0], lines[2]]);
    expect(match("Health -failed")).toEqual([lines[0]]);
  });

  it("refuses JSON and space-delimited patterns it does not emulate", () => {
    expect(() => compileFilterPattern("{ $.level = 1 }")).toThrow(/term filter patterns/);
    expect(() => compileFilterPattern("[ip, user]")).toThrow(/term filter patterns/);
  });
});
