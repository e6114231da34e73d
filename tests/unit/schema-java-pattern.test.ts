import { describe, expect, it } from "vitest";

import { javaPatternToJs } from "@/lib/apprunner/schema/java-pattern";

const fullMatch = (pattern: string, value: string) =>
  new RegExp(javaPatternToJs(pattern)).test(value);

describe("javaPatternToJs", () => {
  it("matches the whole value, as AWS's Java validation does", () => {
    expect(fullMatch("[0-9]{12}", "123456789012")).toBe(true);
    expect(fullMatch("[0-9]{12}", "x123456789012")).toBe(false);
    expect(fullMatch("[0-9]{12}", "1234567890123")).toBe(false);
    expect(fullMatch("a|b", "ab")).toBe(false);
  });

  it("gives `.` Java's meaning: any character but a line terminator, NEL included", () => {
    expect(fullMatch(".*", "any thing")).toBe(true);
    for (const terminator of ["\n", "\r", "\u0085", "\u2028", "\u2029"])
      expect(fullMatch(".*", `a${terminator}b`)).toBe(false);
    // Inside a class `.` is a literal dot.
    expect(fullMatch("[.]", ".")).toBe(true);
    expect(fullMatch("[.]", "x")).toBe(false);
  });

  it("keeps escapes and a leading `]` in a class literal", () => {
    expect(fullMatch("a\\.b", "a.b")).toBe(true);
    expect(fullMatch("a\\.b", "axb")).toBe(false);
    expect(fullMatch("[]a]+", "]a]")).toBe(true);
  });

  it("refuses Java-only syntax instead of changing its meaning", () => {
    for (const pattern of ["a*+", "(?>ab)", "\\Qa.b\\E", "\\p{Alpha}", "[a-z&&[^b]]", "\\Aab"])
      expect(() => javaPatternToJs(pattern), pattern).toThrow();
  });
});
