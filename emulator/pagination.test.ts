import { describe, expect, it } from "vitest";

import { decodeToken, encodeToken, pageArray } from "./pagination";

describe("NextToken", () => {
  it("round-trips a position within its scope", () => {
    expect(decodeToken("services", encodeToken("services", 42))).toBe(42);
  });

  it("treats an absent or empty token as the first page", () => {
    expect(decodeToken("services", undefined)).toBeUndefined();
    expect(decodeToken("services", "")).toBeUndefined();
  });

  it("refuses a token from another list or a made-up one", () => {
    expect(() => decodeToken("connections", encodeToken("services", 1))).toThrow(/NextToken/);
    expect(() => decodeToken("services", "not-a-token")).toThrow(/NextToken/);
    expect(() => decodeToken("services", encodeToken("services", 1) + "x")).toThrow(/NextToken/);
  });

  it("pages a list without gaps or repeats, and stops with no token", () => {
    const items = Array.from({ length: 7 }, (_, i) => i);
    const seen: number[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = pageArray(items, "x", token, 3);
      seen.push(...page.items);
      token = page.nextToken;
      pages++;
    } while (token);
    expect(seen).toEqual(items);
    expect(pages).toBe(3);
  });
});
