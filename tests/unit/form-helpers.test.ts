import { describe, expect, it } from "vitest";

import { parseEnvFile } from "@/lib/apprunner/form/env-file";
import { looksSecret } from "@/lib/apprunner/form/looks-secret";
import { formFieldForApiPath } from "@/lib/apprunner/form/form-field-for-api-path";
import { runOnce } from "@/lib/apprunner/api/submission-guard";

describe("pasting a .env", () => {
  it("reads names and values, quotes, export and comments, and reports what it skipped", () => {
    const { entries, skipped } = parseEnvFile(
      [
        "# database",
        "DB_HOST=db.internal",
        "export LOG_LEVEL=info # noisy",
        'GREETING="hello world"',
        "RAW='a $b'",
        "",
        "not a variable",
        "EMPTY=",
      ].join("\n"),
    );
    expect(entries).toEqual([
      { name: "DB_HOST", value: "db.internal" },
      { name: "LOG_LEVEL", value: "info" },
      { name: "GREETING", value: "hello world" },
      { name: "RAW", value: "a $b" },
      { name: "EMPTY", value: "" },
    ]);
    expect(skipped).toEqual([{ line: 7, text: "not a variable" }]);
  });
});

describe("secret-looking names", () => {
  it.each(["DB_PASSWORD", "API_TOKEN", "STRIPE_SECRET_KEY", "aws_access_key_id"])(
    "suggests a secret for %s",
    (name) => expect(looksSecret(name)).toBe(true),
  );
  it.each(["LOG_LEVEL", "NAME", "DATABASE_HOST"])("leaves %s alone", (name) =>
    expect(looksSecret(name)).toBe(false),
  );
});

describe("server problems land on the form field a person can fix", () => {
  it.each([
    ["ServiceName", "service.name"],
    ["SourceConfiguration.ImageRepository.ImageIdentifier", "source.imageIdentifier"],
    ["SourceConfiguration.AuthenticationConfiguration.ConnectionArn", "source.connectionArn"],
    [
      "SourceConfiguration.CodeRepository.CodeConfiguration.CodeConfigurationValues.Runtime",
      "build.runtime",
    ],
    [
      "SourceConfiguration.ImageRepository.ImageConfiguration.RuntimeEnvironmentSecrets",
      "build.env",
    ],
    ["InstanceConfiguration.Memory", "instance.size"],
    ["NetworkConfiguration.EgressConfiguration.VpcConnectorArn", "network.vpcConnectorArn"],
    ["HealthCheckConfiguration.UnhealthyThreshold", "healthCheck.unhealthyThreshold"],
    ["Tags[2].Key", "service.tags.2.key"],
  ])("%s → %s", (api, form) => expect(formFieldForApiPath(api)).toBe(form));
});

describe("one service per submission token", () => {
  it("joins a second submission of the same token to the first", async () => {
    let calls = 0;
    const attempt = async () => {
      calls++;
      await new Promise((r) => setTimeout(r, 20));
      return { kind: "created" as const, serviceName: "a", serviceId: "1" };
    };
    const [a, b] = await Promise.all([runOnce("token-a", attempt), runOnce("token-a", attempt)]);
    expect(calls).toBe(1);
    expect(a).toEqual(b);
    // A retry after success still answers with the same service.
    await expect(runOnce("token-a", attempt)).resolves.toEqual(a);
    expect(calls).toBe(1);
  });

  it("lets a retry through after a failure that created nothing", async () => {
    let calls = 0;
    const fail = async () => {
      calls++;
      return { kind: "failed" as const, retryable: true, result: null };
    };
    await runOnce("token-b", fail);
    await runOnce("token-b", fail);
    expect(calls).toBe(2);
  });
});
