/**
 * Keeps the suite honest: every App Runner operation the SDK knows (37) and the four CloudWatch
 * Logs operations the emulator serves are exercised by at least one conformance test file.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import * as AppRunner from "@aws-sdk/client-apprunner";
import { describe, expect, it } from "vitest";

const DIR = path.dirname(fileURLToPath(import.meta.url));
const LOGS_OPERATIONS = [
  "DescribeLogGroups",
  "DescribeLogStreams",
  "GetLogEvents",
  "FilterLogEvents",
];

const sources = readdirSync(DIR)
  .filter(
    (file) => file.endsWith(".test.ts") && file !== path.basename(fileURLToPath(import.meta.url)),
  )
  .map((file) => readFileSync(path.join(DIR, file), "utf8"))
  .join("\n");

const appRunnerOperations = Object.keys(AppRunner)
  .filter((name) => /^[A-Z]\w+Command$/.test(name))
  .map((name) => name.slice(0, -"Command".length))
  .sort();

describe("operation coverage", () => {
  it("knows the 37 App Runner operations", () => {
    expect(appRunnerOperations).toHaveLength(37);
  });

  it.each(appRunnerOperations)("App Runner %s is exercised", (operation) => {
    expect(sources.includes(`new ${operation}Command(`)).toBe(true);
  });

  it.each(LOGS_OPERATIONS)("CloudWatch Logs %s is exercised", (operation) => {
    expect(sources.includes(`new ${operation}Command(`)).toBe(true);
  });
});
