import { describe, expect, it } from "vitest";

import { REDACTED, redactRequest } from "@/lib/audit/redact";

const CREATE_SERVICE = {
  ServiceName: "shop-api",
  SourceConfiguration: {
    ImageRepository: {
      ImageIdentifier: "public.ecr.aws/nginx/nginx:latest",
      ImageRepositoryType: "ECR_PUBLIC",
      ImageConfiguration: {
        Port: "8080",
        StartCommand: "node server.js",
        RuntimeEnvironmentVariables: {
          DATABASE_URL: "postgres://app:hunter2@db/shop",
          MODE: "prod",
        },
        RuntimeEnvironmentSecrets: {
          STRIPE_KEY: "arn:aws:secretsmanager:us-east-1:123456789012:secret:stripe-AbCdEf",
        },
      },
    },
    AuthenticationConfiguration: {
      AccessRoleArn: "arn:aws:iam::123456789012:role/AppRunnerECRAccess",
    },
  },
  Tags: [{ Key: "team", Value: "payments" }],
};

describe("redactRequest", () => {
  it("keeps variable and secret names but never their values, in image and code sources", () => {
    const code = {
      CodeRepository: {
        CodeConfiguration: {
          CodeConfigurationValues: {
            RuntimeEnvironmentVariables: { TOKEN: "t0k3n" },
            RuntimeEnvironmentSecrets: { DB: "arn:aws:ssm:us-east-1:123456789012:parameter/db" },
          },
        },
      },
    };
    const redacted = redactRequest({ ...CREATE_SERVICE, SourceConfiguration: { ...code } });
    expect(redacted).toEqual({
      ...CREATE_SERVICE,
      SourceConfiguration: {
        CodeRepository: {
          CodeConfiguration: {
            CodeConfigurationValues: {
              RuntimeEnvironmentVariables: { TOKEN: REDACTED },
              RuntimeEnvironmentSecrets: { DB: REDACTED },
            },
          },
        },
      },
    });
    const image = redactRequest(CREATE_SERVICE) as typeof CREATE_SERVICE;
    expect(image.SourceConfiguration.ImageRepository.ImageConfiguration).toEqual({
      Port: "8080",
      StartCommand: "node server.js",
      RuntimeEnvironmentVariables: { DATABASE_URL: REDACTED, MODE: REDACTED },
      RuntimeEnvironmentSecrets: { STRIPE_KEY: REDACTED },
    });
    expect(JSON.stringify(image)).not.toMatch(/hunter2|prod"|stripe-AbCdEf/);
  });

  it("keeps everything that is not secret as it was, and does not change its input", () => {
    const before = structuredClone(CREATE_SERVICE);
    const redacted = redactRequest(CREATE_SERVICE) as typeof CREATE_SERVICE;
    expect(CREATE_SERVICE).toEqual(before);
    expect(redacted.ServiceName).toBe("shop-api");
    expect(redacted.Tags).toEqual([{ Key: "team", Value: "payments" }]);
    expect(redacted.SourceConfiguration.AuthenticationConfiguration).toEqual(
      before.SourceConfiguration.AuthenticationConfiguration,
    );
    expect(redactRequest({ PauseService: { ServiceArn: "arn:x" } })).toEqual({
      PauseService: { ServiceArn: "arn:x" },
    });
    for (const plain of [null, 3, true, "hello", undefined])
      expect(redactRequest(plain)).toBe(plain);
  });

  it("redacts a map that is not a map (a tampered request) whole", () => {
    expect(
      redactRequest({ RuntimeEnvironmentVariables: "A=1", RuntimeEnvironmentSecrets: ["x"] }),
    ).toEqual({ RuntimeEnvironmentVariables: REDACTED, RuntimeEnvironmentSecrets: REDACTED });
  });

  it("redacts members named like secrets wherever they are: tokens, passwords, sessions", () => {
    expect(
      redactRequest({
        ConnectionName: "github",
        ProviderToken: "ghs_abc",
        nested: [{ password: "p", SessionToken: { a: 1 }, apiKey: "k", Cookie: "c" }],
        clientSecret: "s",
        secretOrNull: null,
      }),
    ).toEqual({
      ConnectionName: "github",
      ProviderToken: REDACTED,
      nested: [{ password: REDACTED, SessionToken: REDACTED, apiKey: REDACTED, Cookie: REDACTED }],
      clientSecret: REDACTED,
      secretOrNull: null,
    });
  });

  it("redacts secrets by their look inside any text: keys, tokens, NAME=value in a command", () => {
    const command =
      "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE API_TOKEN='s3cr3t v' DB_PASSWORD=hunter2 PORT=8080 node app.js";
    expect(redactRequest({ StartCommand: command })).toEqual({
      StartCommand: `AWS_ACCESS_KEY_ID=${REDACTED} API_TOKEN=${REDACTED} DB_PASSWORD=${REDACTED} PORT=8080 node app.js`,
    });
    expect(redactRequest("key AKIAIOSFODNN7EXAMPLE here")).toBe(`key ${REDACTED} here`);
    expect(redactRequest(`use ghp_${"a".repeat(36)} now`)).toBe(`use ${REDACTED} now`);
    expect(redactRequest(`glpat-${"b".repeat(20)}`)).toBe(REDACTED);
    expect(
      redactRequest("x\n-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----\ny"),
    ).toBe(`x\n${REDACTED}\ny`);
  });
});
