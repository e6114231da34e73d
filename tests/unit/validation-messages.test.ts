import { describe, expect, it } from "vitest";

import { fieldFromMessage } from "@/lib/apprunner/errors";
import { validateOperationInput, type ValidationResult } from "@/lib/apprunner/validation";

const ROLE = "arn:aws:iam::123456789012:role/my-ecr-role";
const IMAGE = "123456789012.dkr.ecr.us-east-1.amazonaws.com/hello:latest";
const IMAGE_PATTERN =
  "([0-9]{12}.dkr.ecr.[a-z\\-]+-[0-9]{1}.amazonaws.com\\/((?:[a-z0-9]+(?:[._-][a-z0-9]+)*\\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*)(:([\\w\\d+\\-=._:\\/@])+|@([\\w\\d\\:]+))?)|(^public\\.ecr\\.aws\\/.+\\/((?:[a-z0-9]+(?:[._-][a-z0-9]+)*\\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*)(:([\\w\\d+\\-=._:\\/@])+|@([\\w\\d\\:]+))?)";

function service(patch: (body: Record<string, unknown>) => void = () => {}) {
  const body: Record<string, unknown> = {
    ServiceName: "hello-app",
    SourceConfiguration: {
      AuthenticationConfiguration: { AccessRoleArn: ROLE },
      ImageRepository: {
        ImageIdentifier: IMAGE,
        ImageRepositoryType: "ECR",
        ImageConfiguration: { Port: "8080" },
      },
    },
  };
  patch(body);
  return body;
}

type Image = { ImageIdentifier: unknown; ImageConfiguration: Record<string, unknown> };
const image = (body: Record<string, unknown>) =>
  (body.SourceConfiguration as { ImageRepository: Image }).ImageRepository;

function failed(result: ValidationResult): Extract<ValidationResult, { ok: false }> {
  if (result.ok) throw new Error("expected the request to be refused");
  return result;
}

describe("AWS-style validation messages", () => {
  it("report a too-long name with its length limit", () => {
    const name = "a".repeat(41);
    const result = failed(
      validateOperationInput("CreateService", { ...service(), ServiceName: name }),
    );
    expect(result.errorType).toBe("InvalidRequestException");
    expect(result.message).toBe(
      `1 validation error detected: Value '${name}' at 'serviceName' failed to satisfy constraint: Member must have length less than or equal to 40`,
    );
    expect(result.issues).toEqual([
      {
        path: "ServiceName",
        rule: "length",
        message: "Member must have length less than or equal to 40",
      },
    ]);
  });

  it("quote the model's own pattern, and errors.ts finds the field in the message", () => {
    const result = failed(
      validateOperationInput(
        "CreateService",
        service((b) => (image(b).ImageIdentifier = "abc")),
      ),
    );
    expect(result.message).toBe(
      `1 validation error detected: Value 'abc' at 'sourceConfiguration.imageRepository.imageIdentifier' failed to satisfy constraint: Member must satisfy regular expression pattern: ${IMAGE_PATTERN}`,
    );
    expect(result.issues[0]!.path).toBe("SourceConfiguration.ImageRepository.ImageIdentifier");
    expect(fieldFromMessage(result.message)).toBe(
      "SourceConfiguration.ImageRepository.ImageIdentifier",
    );
  });

  it("count several errors and join them with '; '", () => {
    const result = failed(
      validateOperationInput(
        "CreateService",
        service((b) => {
          b.ServiceName = "-bad";
          b.HealthCheckConfiguration = { Protocol: "UDP", Interval: 0 };
        }),
      ),
    );
    expect(result.message).toBe(
      "3 validation errors detected: " +
        [
          "Value '-bad' at 'serviceName' failed to satisfy constraint: Member must satisfy regular expression pattern: [A-Za-z0-9][A-Za-z0-9-_]{3,39}",
          "Value 'UDP' at 'healthCheckConfiguration.protocol' failed to satisfy constraint: Member must satisfy enum value set: [TCP, HTTP]",
          "Value '0' at 'healthCheckConfiguration.interval' failed to satisfy constraint: Member must have value greater than or equal to 1",
        ].join("; "),
    );
    expect(result.issues.map((i) => [i.path, i.rule])).toEqual([
      ["ServiceName", "pattern"],
      ["HealthCheckConfiguration.Protocol", "enum"],
      ["HealthCheckConfiguration.Interval", "range"],
    ]);
  });

  it("say 'Member must not be null' for a missing or null required member", () => {
    const missing = failed(validateOperationInput("CreateService", { ServiceName: "hello-app" }));
    expect(missing.message).toBe(
      "1 validation error detected: Value null at 'sourceConfiguration' failed to satisfy constraint: Member must not be null",
    );
    const nulled = failed(
      validateOperationInput("CreateService", { ...service(), ServiceName: null }),
    );
    expect(nulled.issues).toEqual([
      { path: "ServiceName", rule: "required", message: "Member must not be null" },
    ]);
  });

  it("treat null optional members as absent, as AWS does", () => {
    const result = validateOperationInput("CreateService", {
      ...service(),
      Tags: null,
      HealthCheckConfiguration: { Path: null, Protocol: "HTTP" },
    });
    expect(result.ok).toBe(true);
  });

  it("index list members and use lowerCamel member names", () => {
    const result = failed(
      validateOperationInput("TagResource", {
        ResourceArn:
          "arn:aws:apprunner:us-east-1:123456789012:service/a/0123456789abcdef0123456789abcdef",
        Tags: [{ Key: "ok", Value: "fine" }, { Key: "x".repeat(129) }],
      }),
    );
    expect(result.issues).toEqual([
      {
        path: "Tags[1].Key",
        rule: "length",
        message: "Member must have length less than or equal to 128",
      },
    ]);
    expect(result.message).toContain("at 'tags[1].key'");
    expect(fieldFromMessage(result.message)).toBe("Tags.Key");
  });

  it("never echo a sensitive value (commands, variable names and values, secrets)", () => {
    const secretCommand = "echo hunter2\nrm -rf /";
    const secretName = "\n";
    const secretValue = "sk_live_secret_value\n";
    const result = failed(
      validateOperationInput(
        "CreateService",
        service((b) => {
          image(b).ImageConfiguration = {
            StartCommand: secretCommand,
            RuntimeEnvironmentVariables: { [secretName]: "x", API_KEY: secretValue },
            RuntimeEnvironmentSecrets: { DB: "" },
          };
        }),
      ),
    );
    const base = "sourceConfiguration.imageRepository.imageConfiguration";
    expect(result.message).toContain(
      `Value at '${base}.startCommand' failed to satisfy constraint: Member must satisfy regular expression pattern: [^\\x0a\\x0d]+`,
    );
    expect(result.message).toContain(
      `Value at '${base}.runtimeEnvironmentVariables' failed to satisfy constraint: Map keys must satisfy constraint: [Member must satisfy regular expression pattern: .*]`,
    );
    expect(result.message).toContain(
      `Value at '${base}.runtimeEnvironmentVariables' failed to satisfy constraint: Map value must satisfy constraint: [Member must satisfy regular expression pattern: .*]`,
    );
    expect(result.message).toContain(
      `Value at '${base}.runtimeEnvironmentSecrets' failed to satisfy constraint: Map value must satisfy constraint: [Member must have length greater than or equal to 1]`,
    );
    const everything = JSON.stringify(result);
    for (const secret of ["hunter2", "sk_live_secret_value", "API_KEY"])
      expect(everything).not.toContain(secret);
  });

  it("shorten a huge echoed value", () => {
    const result = failed(
      validateOperationInput("CreateService", { ...service(), ServiceName: "a".repeat(100_000) }),
    );
    expect(result.message.length).toBeLessThan(500);
    expect(result.message).toContain("…' at 'serviceName'");
  });

  it("list the first ten of many errors but count them all", () => {
    const tags = Array.from({ length: 30 }, (_, i) => ({ Key: `aws:${i}` }));
    const result = failed(validateOperationInput("CreateService", { ...service(), Tags: tags }));
    expect(result.message).toMatch(/^30 validation errors detected: /);
    expect(result.message).toMatch(/; and 20 more$/);
    expect(result.issues).toHaveLength(30);
  });

  it("refuse members of the wrong JSON type as a serialization error", () => {
    const result = failed(
      validateOperationInput(
        "CreateService",
        service((b) => {
          b.ServiceName = 42;
          b.HealthCheckConfiguration = { Interval: 1.5 };
          image(b).ImageConfiguration = { RuntimeEnvironmentVariables: { A: 1 } };
        }),
      ),
    );
    expect(result.errorType).toBe("SerializationException");
    expect(result.issues).toEqual([
      { path: "ServiceName", rule: "type", message: "Expected a string, got a number" },
      {
        path: "SourceConfiguration.ImageRepository.ImageConfiguration.RuntimeEnvironmentVariables",
        rule: "type",
        message: "Expected a string, got a number",
      },
      {
        path: "HealthCheckConfiguration.Interval",
        rule: "type",
        message: "Expected an integer, got a number with a fraction",
      },
    ]);
    expect(result.message).toContain("Expected a string, got a number at 'serviceName'");
  });

  it("refuse a body that is not a JSON object, saying so", () => {
    for (const [body, got] of [
      [null, "null"],
      [[], "a list"],
      ["CreateService", "a string"],
      [7, "a number"],
    ] as const) {
      const result = failed(validateOperationInput("CreateService", body));
      expect(result.message).toBe(`The request body must be a JSON object, got ${got}`);
      expect(result.errorType).toBe("SerializationException");
    }
  });

  it("strip unknown members from the value it returns", () => {
    const result = validateOperationInput("CreateService", {
      ...service(),
      Extra: true,
      InstanceConfiguration: { CPU: "1 vCPU", Memory: "3 GB" },
    });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value).not.toHaveProperty("Extra");
      expect(result.value.InstanceConfiguration).toEqual({ Memory: "3 GB" });
    }
  });
});
