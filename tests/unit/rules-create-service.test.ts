import { describe, expect, it } from "vitest";

import { createServiceIssues, tagIssues } from "@/lib/apprunner/rules";
import type { CreateServiceRequest } from "@/lib/apprunner/schema/shapes.generated";
import { validateOperationInput } from "@/lib/apprunner/validation";

const ROLE = "arn:aws:iam::123456789012:role/my-ecr-role";
const CONNECTION =
  "arn:aws:apprunner:us-east-1:123456789012:connection/my-github-connection/e7656250f67242d7819feade6800f59e";
const VPC_CONNECTOR =
  "arn:aws:apprunner:us-east-1:123456789012:vpcconnector/my-vpc/1/0123456789abcdef0123456789abcdef";
const OBSERVABILITY =
  "arn:aws:apprunner:us-east-1:123456789012:observabilityconfiguration/xray/1/0123456789abcdef0123456789abcdef";

function imageService(overrides: Partial<CreateServiceRequest> = {}): CreateServiceRequest {
  return {
    ServiceName: "hello-app",
    SourceConfiguration: {
      AuthenticationConfiguration: { AccessRoleArn: ROLE },
      ImageRepository: {
        ImageIdentifier: "123456789012.dkr.ecr.us-east-1.amazonaws.com/hello:latest",
        ImageRepositoryType: "ECR",
      },
    },
    ...overrides,
  };
}

function codeService(
  configuration: NonNullable<
    NonNullable<CreateServiceRequest["SourceConfiguration"]["CodeRepository"]>["CodeConfiguration"]
  > | null,
): CreateServiceRequest {
  return {
    ServiceName: "python-app",
    SourceConfiguration: {
      AuthenticationConfiguration: { ConnectionArn: CONNECTION },
      CodeRepository: {
        RepositoryUrl: "https://github.com/my-account/python-hello",
        SourceCodeVersion: { Type: "BRANCH", Value: "main" },
        ...(configuration ? { CodeConfiguration: configuration } : {}),
      },
    },
  };
}

const paths = (input: CreateServiceRequest) => createServiceIssues(input).map((i) => i.path);
const rules = (input: CreateServiceRequest) => createServiceIssues(input).map((i) => i.rule);
const messages = (input: CreateServiceRequest) =>
  createServiceIssues(input)
    .map((i) => i.message)
    .join(" | ");

describe("createServiceIssues: a well-formed request", () => {
  it("has no issues for a private ECR image with a role", () => {
    expect(createServiceIssues(imageService())).toEqual([]);
  });

  it("has no issues for a code repository with API configuration and a runtime", () => {
    expect(
      createServiceIssues(
        codeService({
          ConfigurationSource: "API",
          CodeConfigurationValues: { Runtime: "PYTHON_311", StartCommand: "python app.py" },
        }),
      ),
    ).toEqual([]);
  });

  it("has no issues for a code repository configured by apprunner.yaml", () => {
    expect(createServiceIssues(codeService({ ConfigurationSource: "REPOSITORY" }))).toEqual([]);
  });
});

describe("createServiceIssues: the source", () => {
  it("refuses both a code and an image repository", () => {
    const both = imageService();
    both.SourceConfiguration.CodeRepository = codeService(null).SourceConfiguration.CodeRepository;
    both.SourceConfiguration.AuthenticationConfiguration!.ConnectionArn = CONNECTION;
    expect(paths(both)).toContain("SourceConfiguration");
    expect(messages(both)).toMatch(
      /exactly one of CodeRepository or ImageRepository \(the request has both\)/,
    );
  });

  it("refuses a source with neither", () => {
    const neither = imageService({ SourceConfiguration: { AutoDeploymentsEnabled: false } });
    expect(createServiceIssues(neither)).toEqual([
      {
        path: "SourceConfiguration",
        rule: "one-source",
        message:
          "Specify exactly one of CodeRepository or ImageRepository (the request has neither)",
      },
    ]);
  });

  it("needs an access role for a private ECR image", () => {
    const input = imageService();
    delete input.SourceConfiguration.AuthenticationConfiguration;
    expect(paths(input)).toEqual(["SourceConfiguration.AuthenticationConfiguration.AccessRoleArn"]);
    expect(messages(input)).toMatch(/ECR \(private\) image needs .*AccessRoleArn/);
    expect(rules(input)).toEqual(["access-role-required"]);
  });

  it("needs no role for an ECR Public image, but refuses automatic deployments for it", () => {
    const input: CreateServiceRequest = {
      ServiceName: "public-app",
      SourceConfiguration: {
        ImageRepository: {
          ImageIdentifier: "public.ecr.aws/aws-containers/hello-app-runner:latest",
          ImageRepositoryType: "ECR_PUBLIC",
        },
      },
    };
    expect(createServiceIssues(input)).toEqual([]);
    input.SourceConfiguration.AutoDeploymentsEnabled = true;
    expect(createServiceIssues(input)).toEqual([
      {
        path: "SourceConfiguration.AutoDeploymentsEnabled",
        rule: "auto-deploy-unavailable",
        message: "Automatic deployments are not supported for ECR Public images",
      },
    ]);
    input.SourceConfiguration.AutoDeploymentsEnabled = false;
    expect(createServiceIssues(input)).toEqual([]);
  });

  it("refuses an image whose registry does not match ImageRepositoryType", () => {
    const publicAsPrivate = imageService();
    publicAsPrivate.SourceConfiguration.ImageRepository!.ImageIdentifier =
      "public.ecr.aws/nginx/nginx:latest";
    expect(paths(publicAsPrivate)).toEqual(["SourceConfiguration.ImageRepository.ImageIdentifier"]);
    expect(rules(publicAsPrivate)).toEqual(["ecr-private-uri"]);
    const privateAsPublic = imageService();
    privateAsPublic.SourceConfiguration.ImageRepository!.ImageRepositoryType = "ECR_PUBLIC";
    expect(messages(privateAsPublic)).toMatch(/ECR_PUBLIC needs a public\.ecr\.aws image/);
    expect(rules(privateAsPublic)).toEqual(["ecr-public-uri"]);
  });

  it("needs a connection for a code repository", () => {
    const input = codeService({ ConfigurationSource: "REPOSITORY" });
    delete input.SourceConfiguration.AuthenticationConfiguration;
    expect(paths(input)).toEqual(["SourceConfiguration.AuthenticationConfiguration.ConnectionArn"]);
    expect(rules(input)).toEqual(["connection-required"]);
  });

  it("needs a CodeConfiguration for a code repository on create", () => {
    expect(paths(codeService(null))).toEqual([
      "SourceConfiguration.CodeRepository.CodeConfiguration",
    ]);
  });

  it("needs CodeConfigurationValues when the configuration source is API", () => {
    const input = codeService({ ConfigurationSource: "API" });
    expect(createServiceIssues(input)).toEqual([
      {
        path: "SourceConfiguration.CodeRepository.CodeConfiguration.CodeConfigurationValues",
        rule: "code-configuration-values-required",
        message:
          "ConfigurationSource API needs CodeConfigurationValues with at least a Runtime (REPOSITORY reads apprunner.yaml instead)",
      },
    ]);
  });
});

describe("createServiceIssues: environment variables and secrets", () => {
  const IMAGE_CONFIG = "SourceConfiguration.ImageRepository.ImageConfiguration";
  const withEnv = (
    variables?: Record<string, string>,
    secrets?: Record<string, string>,
  ): CreateServiceRequest => {
    const input = imageService();
    input.SourceConfiguration.ImageRepository!.ImageConfiguration = {
      RuntimeEnvironmentVariables: variables,
      RuntimeEnvironmentSecrets: secrets,
    };
    return input;
  };

  it("accepts ordinary names and all three kinds of secret reference", () => {
    expect(
      createServiceIssues(
        withEnv(
          { NODE_ENV: "production", port: "lowercase is not reserved" },
          {
            DB_PASSWORD: "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf",
            DB_USER:
              "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf:username::",
            API_KEY: "arn:aws:ssm:us-east-1:123456789012:parameter/team/api-key",
            TOKEN: "/team/app/token",
            PLAIN_NAME: "my-parameter",
          },
        ),
      ),
    ).toEqual([]);
  });

  it("refuses PORT as a variable or a secret name", () => {
    expect(createServiceIssues(withEnv({ PORT: "3000" }))).toEqual([
      {
        path: `${IMAGE_CONFIG}.RuntimeEnvironmentVariables`,
        rule: "reserved-env-name",
        message: "PORT is reserved (set the port with Port instead)",
      },
    ]);
    expect(paths(withEnv(undefined, { PORT: "my-parameter" }))).toEqual([
      `${IMAGE_CONFIG}.RuntimeEnvironmentSecrets`,
    ]);
  });

  it("refuses names starting AWSAPPRUNNER without repeating them", () => {
    const issues = createServiceIssues(
      withEnv({ AWSAPPRUNNER_SECRET_THING: "x" }, { AWSAPPRUNNERX: "my-parameter" }),
    );
    expect(issues.map((i) => i.path)).toEqual([
      `${IMAGE_CONFIG}.RuntimeEnvironmentVariables`,
      `${IMAGE_CONFIG}.RuntimeEnvironmentSecrets`,
    ]);
    expect(issues[0]!.message).toBe("1 variable name starts with AWSAPPRUNNER, which is reserved");
    expect(JSON.stringify(issues)).not.toContain("AWSAPPRUNNER_SECRET_THING");
  });

  it("allows 50 variables and secrets together, refuses 51", () => {
    const vars = (n: number, prefix: string) =>
      Object.fromEntries(Array.from({ length: n }, (_, i) => [`${prefix}${i}`, "my-param"]));
    expect(createServiceIssues(withEnv(vars(30, "V"), vars(20, "S")))).toEqual([]);
    expect(createServiceIssues(withEnv(vars(30, "V"), vars(21, "S")))).toEqual([
      {
        path: `${IMAGE_CONFIG}.RuntimeEnvironmentVariables`,
        rule: "env-limit",
        message: "At most 50 environment variables and secrets together (the request has 51)",
      },
    ]);
  });

  it("refuses a secret value that is not a reference, without echoing it", () => {
    const issues = createServiceIssues(
      withEnv(undefined, {
        A: "hunter2 is my password",
        B: "arn:aws:s3:::my-bucket/key",
        C: "arn:aws:secretsmanager:us-east-1:123:secret:x",
      }),
    );
    expect(issues).toEqual([
      {
        path: `${IMAGE_CONFIG}.RuntimeEnvironmentSecrets`,
        rule: "secret-reference",
        message:
          "3 secret values are not a Secrets Manager secret ARN, an SSM parameter ARN or an SSM parameter name",
      },
    ]);
  });

  it("applies the same rules to a code repository's values", () => {
    const input = codeService({
      ConfigurationSource: "API",
      CodeConfigurationValues: { Runtime: "NODEJS_22", RuntimeEnvironmentVariables: { PORT: "1" } },
    });
    expect(paths(input)).toEqual([
      "SourceConfiguration.CodeRepository.CodeConfiguration.CodeConfigurationValues.RuntimeEnvironmentVariables",
    ]);
  });
});

describe("createServiceIssues: CPU and memory", () => {
  const sized = (Cpu?: string, Memory?: string) =>
    imageService({ InstanceConfiguration: { Cpu, Memory } });

  it("accepts every valid pair in both spellings", () => {
    for (const [cpu, memory] of [
      ["0.25 vCPU", "0.5 GB"],
      ["256", "1024"],
      ["0.5 vCPU", "1 GB"],
      ["1 vCPU", "3 GB"],
      ["1024", "4096"],
      ["2 vCPU", "6 GB"],
      ["4096", "12288"],
      ["4 vCPU", "10 GB"],
    ] as const)
      expect(createServiceIssues(sized(cpu, memory)), `${cpu}/${memory}`).toEqual([]);
  });

  it("refuses an invalid pair and names what the CPU allows", () => {
    expect(createServiceIssues(sized("1 vCPU", "8 GB"))).toEqual([
      {
        path: "InstanceConfiguration.Memory",
        rule: "cpu-memory-pair",
        message:
          "Cpu '1 vCPU' and Memory '8 GB' are not a valid pair: 1 vCPU allows 2 GB, 3 GB or 4 GB",
      },
    ]);
    expect(messages(sized("512", "4096"))).toBe(
      "Cpu '512' and Memory '4096' are not a valid pair: 0.5 vCPU allows 1 GB",
    );
  });

  it("checks a lone Cpu or Memory against the default of the other", () => {
    expect(createServiceIssues(sized(undefined, "3 GB"))).toEqual([]);
    expect(createServiceIssues(sized("2 vCPU", undefined))).toEqual([
      {
        path: "InstanceConfiguration.Cpu",
        rule: "cpu-memory-pair",
        message:
          "Cpu '2 vCPU' and the default Memory (2 GB) are not a valid pair: 2 vCPU allows 4 GB or 6 GB (set Memory too)",
      },
    ]);
    expect(createServiceIssues(sized(undefined, "12 GB"))).toEqual([
      {
        path: "InstanceConfiguration.Memory",
        rule: "cpu-memory-pair",
        message:
          "The default Cpu (1 vCPU) and Memory '12 GB' are not a valid pair: 1 vCPU allows 2 GB, 3 GB or 4 GB (set Cpu too)",
      },
    ]);
  });

  it("refuses spellings the model's pattern lets through", () => {
    // The model pattern's unescaped `.` accepts `0x25 vCPU`; App Runner does not.
    expect(paths(sized("0x25 vCPU", "1 GB"))).toEqual(["InstanceConfiguration.Cpu"]);
    expect(paths(sized("1 vCPU", "0_5 GB"))).toEqual(["InstanceConfiguration.Memory"]);
  });
});

describe("createServiceIssues: network, observability and tags", () => {
  it("needs a VPC connector exactly when egress is VPC", () => {
    const egress = (EgressType?: "DEFAULT" | "VPC", VpcConnectorArn?: string) =>
      paths(
        imageService({
          NetworkConfiguration: { EgressConfiguration: { EgressType, VpcConnectorArn } },
        }),
      );
    expect(egress("VPC", VPC_CONNECTOR)).toEqual([]);
    expect(egress("DEFAULT")).toEqual([]);
    expect(egress("VPC")).toEqual(["NetworkConfiguration.EgressConfiguration.VpcConnectorArn"]);
    expect(egress("DEFAULT", VPC_CONNECTOR)).toEqual([
      "NetworkConfiguration.EgressConfiguration.VpcConnectorArn",
    ]);
    expect(egress(undefined, VPC_CONNECTOR)).toEqual([
      "NetworkConfiguration.EgressConfiguration.VpcConnectorArn",
    ]);
  });

  it("allows dual stack only with a public endpoint", () => {
    const network = (IsPubliclyAccessible?: boolean) =>
      createServiceIssues(
        imageService({
          NetworkConfiguration: {
            IpAddressType: "DUAL_STACK",
            IngressConfiguration: { IsPubliclyAccessible },
          },
        }),
      );
    expect(network(true)).toEqual([]);
    expect(network(undefined)).toEqual([]); // public by default
    expect(network(false)).toEqual([
      {
        path: "NetworkConfiguration.IpAddressType",
        rule: "dual-stack-needs-public",
        message:
          "IpAddressType DUAL_STACK is only available with a public endpoint (IsPubliclyAccessible true)",
      },
    ]);
  });

  it("needs an observability configuration ARN exactly when observability is enabled", () => {
    const observability = (ObservabilityEnabled: boolean, ObservabilityConfigurationArn?: string) =>
      messages(
        imageService({
          ObservabilityConfiguration: { ObservabilityEnabled, ObservabilityConfigurationArn },
        }),
      );
    expect(observability(true, OBSERVABILITY)).toBe("");
    expect(observability(false)).toBe("");
    expect(observability(true)).toBe(
      "ObservabilityEnabled true needs an ObservabilityConfigurationArn",
    );
    expect(observability(false, OBSERVABILITY)).toMatch(/only valid when ObservabilityEnabled/);
  });

  it("refuses tag keys starting aws: in any case, and tags without a key", () => {
    expect(
      createServiceIssues(
        imageService({ Tags: [{ Key: "team", Value: "web" }, { Key: "AWS:x" }, { Value: "v" }] }),
      ),
    ).toEqual([
      {
        path: "Tags[1].Key",
        rule: "tag-key-reserved",
        message: "Tag key 'AWS:x' starts with aws:, which is reserved for AWS",
      },
      { path: "Tags[2].Key", rule: "tag-key-required", message: "A tag needs a Key" },
    ]);
  });
});

describe("tagIssues: at most 50 tags", () => {
  const tags = (n: number) => Array.from({ length: n }, (_, i) => ({ Key: `k${i}`, Value: "v" }));

  it("allows 50 distinct keys and refuses 51, at the list", () => {
    expect(tagIssues(tags(50))).toEqual([]);
    expect(tagIssues(tags(51))).toEqual([
      {
        path: "Tags",
        rule: "tag-limit",
        message: "A resource can have at most 50 tags; this request would give it 51",
      },
    ]);
  });

  it("counts a key given twice once, as the resource stores it", () => {
    expect(tagIssues([...tags(50), { Key: "k0", Value: "again" }])).toEqual([]);
  });

  it("refuses a 51st tag at create, for the server action and the wizard alike", () => {
    const result = validateOperationInput("CreateService", imageService({ Tags: tags(51) }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.rule)).toEqual(["tag-limit"]);
  });
});

describe("validateOperationInput applies the rules after the shapes", () => {
  it("reports a rule with its member path, in AWS's format", () => {
    const result = validateOperationInput(
      "CreateService",
      imageService({ InstanceConfiguration: { Cpu: "1 vCPU", Memory: "8 GB" } }),
    );
    expect(result).toEqual({
      ok: false,
      errorType: "InvalidRequestException",
      message:
        "1 validation error detected: Value at 'instanceConfiguration.memory' failed to satisfy constraint: Cpu '1 vCPU' and Memory '8 GB' are not a valid pair: 1 vCPU allows 2 GB, 3 GB or 4 GB",
      issues: [
        {
          path: "InstanceConfiguration.Memory",
          rule: "cpu-memory-pair",
          message:
            "Cpu '1 vCPU' and Memory '8 GB' are not a valid pair: 1 vCPU allows 2 GB, 3 GB or 4 GB",
        },
      ],
    });
  });

  it("reports shape errors alone when there are any (rules need well-formed input)", () => {
    const input = imageService({
      ServiceName: "x",
      InstanceConfiguration: { Cpu: "1 vCPU", Memory: "8 GB" },
    });
    const result = validateOperationInput("CreateService", input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.every((i) => i.path === "ServiceName")).toBe(true);
  });

  it("accepts a valid request", () => {
    expect(validateOperationInput("CreateService", imageService()).ok).toBe(true);
  });
});
