/** Duplicate reads a real service through the dashboard's own client, tags included. */
import { CreateServiceCommand } from "@aws-sdk/client-apprunner";
import { beforeAll, describe, expect, it } from "vitest";

import { emulatorForFile } from "@/tests/support/emulator-for-file";
import { privateImageService } from "@/tests/support/service-requests";

import { loadDuplicate } from "./load-duplicate";

const ctx = emulatorForFile({ operationMs: 300 });

beforeAll(() => {
  // The dashboard's client reads its endpoint from the settings on first use.
  process.env.RUNNERDECK_EMULATOR_ENDPOINT = ctx.endpoint;
});

describe("loadDuplicate", () => {
  it("copies the configuration and the tags DescribeService leaves out", async () => {
    const { Service } = await ctx.appRunner.send(
      new CreateServiceCommand(
        privateImageService("dup-tags-source", [
          { Key: "emulator:outcome", Value: "fail-health-check" },
          { Key: "team", Value: "" },
        ]),
      ),
    );
    const result = await loadDuplicate(Service!.ServiceArn!);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.sourceName).toBe("dup-tags-source");
    expect(result.values.service.name).toBe("dup-tags-source-copy");
    expect(result.values.build.port).toBe("8080");
    expect([...result.values.service.tags].sort((a, b) => a.key.localeCompare(b.key))).toEqual([
      { key: "emulator:outcome", value: "fail-health-check" },
      { key: "team", value: "" },
    ]);
  });

  it("says why when the service can't be read", async () => {
    const result = await loadDuplicate(
      "arn:aws:apprunner:us-east-1:123456789012:service/nope/0123456789abcdef0123456789abcdef",
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // App Runner's own sentence about the missing service, not a stack trace.
    expect(result.message).toMatch(/nope|not|no /i);
    expect(result.message).not.toMatch(/\bat .*\.ts:\d+/);
  });
});
