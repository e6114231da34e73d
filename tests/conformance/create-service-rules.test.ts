/**
 * Every CreateService rule of App Runner beyond the shapes (FACTS.md "CreateService rules") and
 * the model's constraints on its members: each is a refused request with 400
 * InvalidRequestException whose message names the member. The SDK sends all of these unchecked,
 * so only the server stands between a bad request and a broken service.
 */
import {
  CreateConnectionCommand,
  CreateServiceCommand,
  type CreateServiceCommandInput,
} from "@aws-sdk/client-apprunner";
import { describe, expect, it } from "vitest";

import { expectAwsError, expectInvalidField, RULE } from "../support/aws-error";
import { connectionStatus, createAvailableConnection } from "../support/connections";
import { uniqueName } from "../support/names";
import { rawRequest } from "../support/raw-request";
import {
  accessRoleArn,
  codeService,
  privateImage,
  privateImageService,
  publicImageService,
} from "../support/service-requests";
import { emulatorForFile } from "../support/emulator-for-file";

const ctx = emulatorForFile();

type Input = CreateServiceCommandInput;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function create(input: Input) {
  return ctx.appRunner.send(new CreateServiceCommand(input));
}

/** A valid request, changed in one place. */
function publicWith(change: (input: Mutable<Input>) => void): Input {
  const input = publicImageService(uniqueName("rules"));
  change(input);
  return input;
}

function privateWith(change: (input: Mutable<Input>) => void): Input {
  const input = privateImageService(uniqueName("rules"));
  change(input);
  return input;
}

/** A valid code repository request, on a connection of its own, changed in one place. */
async function codeWith(change: (input: Mutable<Input>) => void): Promise<Input> {
  const connection = await createAvailableConnection(ctx.appRunner);
  const input = codeService(uniqueName("code"), connection.ConnectionArn!);
  change(input);
  return input;
}

const imageRepository = (input: Input) => input.SourceConfiguration!.ImageRepository!;
const codeValues = (input: Input) =>
  input.SourceConfiguration!.CodeRepository!.CodeConfiguration!.CodeConfigurationValues!;

/** One rule, one test: the request is refused with a message naming `path` (and `rule`). */
function itRefuses(
  title: string,
  request: () => Input | Promise<Input>,
  path: string | RegExp,
  rule?: RegExp,
) {
  it(title, async () => {
    await expectInvalidField(create(await request()), path, rule);
  });
}

describe("ServiceName", () => {
  it.each([
    ["starts with a hyphen", "-leading-hyphen"],
    ["starts with an underscore", "_leading"],
    ["is 3 characters", "abc"],
    ["is 41 characters", `a${"b".repeat(40)}`],
    ["has a space", "has space"],
    ["has a dot", "my.service"],
    ["has non-ASCII letters", "sérvice-name"],
  ])("refuses a name that %s", async (_why, name) => {
    await expectInvalidField(
      create({ ...publicImageService("x"), ServiceName: name }),
      "serviceName",
    );
  });

  it("accepts names of 4 and of 40 characters with hyphens and underscores", async () => {
    const four = `a${Math.random().toString(36).slice(2, 5)}`;
    const forty = `${uniqueName("Edge_name", 20)}_${"x".repeat(40)}`.slice(0, 40);
    for (const name of [four, forty]) {
      const { Service } = await create(publicImageService(name));
      expect(Service?.ServiceName).toBe(name);
    }
  });

  // API_CreateService (ServiceName): "It must be unique across all the running App Runner
  // services in your Amazon Web Services account in the Amazon Web Services Region."
  it("refuses a name already used by a live service", async () => {
    const name = uniqueName("taken");
    await create(publicImageService(name));
    await expectAwsError(create(publicImageService(name)), "InvalidRequestException", /name/i);
  });
});

describe("source", () => {
  // API_SourceConfiguration (CodeRepository, ImageRepository): "You must provide either this
  // member or ImageRepository (but not both)."
  it("refuses a request with both a code and an image repository", async () => {
    const connection = await createAvailableConnection(ctx.appRunner);
    const code = codeService(uniqueName("both"), connection.ConnectionArn!);
    const input = {
      ...code,
      SourceConfiguration: {
        ...code.SourceConfiguration,
        ImageRepository: publicImageService("x").SourceConfiguration!.ImageRepository,
      },
    };
    await expectInvalidField(create(input), "sourceConfiguration");
  });

  itRefuses(
    "refuses a request with neither a code nor an image repository",
    () => ({ ServiceName: uniqueName("neither"), SourceConfiguration: {} }),
    "sourceConfiguration",
  );

  it.each([
    ["a Docker Hub name", "nginx:latest"],
    ["an ECR host with a short account", "12345.dkr.ecr.us-east-1.amazonaws.com/app:latest"],
    ["upper case in the repository", "123456789012.dkr.ecr.us-east-1.amazonaws.com/App:latest"],
    ["a public ECR path with no repository", "public.ecr.aws/"],
  ])("refuses an ImageIdentifier that is %s", async (_why, identifier) => {
    await expectInvalidField(
      create(
        publicWith((input) => {
          imageRepository(input).ImageIdentifier = identifier;
        }),
      ),
      "sourceConfiguration.imageRepository.imageIdentifier",
      RULE.pattern,
    );
  });

  it("accepts private ECR identifiers with a tag, a digest or neither", async () => {
    const base = privateImage().replace(/:v1$/, "");
    for (const identifier of [`${base}:v1`, `${base}@sha256:${"a".repeat(64)}`, base]) {
      const input = privateWith((i) => {
        imageRepository(i).ImageIdentifier = identifier;
      });
      const { Service } = await create(input);
      expect(Service?.SourceConfiguration?.ImageRepository?.ImageIdentifier).toBe(identifier);
    }
  });

  itRefuses(
    "refuses an ImageRepositoryType outside the enum",
    () =>
      publicWith((input) => {
        imageRepository(input).ImageRepositoryType = "DOCKER_HUB" as never;
      }),
    "sourceConfiguration.imageRepository.imageRepositoryType",
    RULE.enum,
  );

  // API_AuthenticationConfiguration (AccessRoleArn): "It's required for ECR image repositories
  // (but not for ECR Public repositories)."
  itRefuses(
    "requires an AccessRoleArn for a private ECR image",
    () =>
      privateWith((input) => {
        delete input.SourceConfiguration!.AuthenticationConfiguration;
      }),
    /accessRoleArn/i,
  );

  it("does not require an AccessRoleArn for a public ECR image", async () => {
    const { Service } = await create(publicImageService(uniqueName("pub")));
    expect(Service?.Status).toBe("OPERATION_IN_PROGRESS");
  });

  itRefuses(
    "refuses an AccessRoleArn that is not an IAM role ARN",
    () =>
      privateWith((input) => {
        input.SourceConfiguration!.AuthenticationConfiguration = {
          AccessRoleArn: "arn:aws:iam::123456789012:user/deployer",
        };
      }),
    "sourceConfiguration.authenticationConfiguration.accessRoleArn",
  );

  itRefuses(
    "refuses AutoDeploymentsEnabled for a public ECR image",
    () =>
      publicWith((input) => {
        input.SourceConfiguration!.AutoDeploymentsEnabled = true;
      }),
    /autoDeploymentsEnabled/i,
  );

  itRefuses(
    "refuses AutoDeploymentsEnabled for an image in another account's ECR",
    () =>
      privateWith((input) => {
        imageRepository(input).ImageIdentifier = privateImage("444455556666");
        input.SourceConfiguration!.AutoDeploymentsEnabled = true;
      }),
    /autoDeploymentsEnabled/i,
  );
});

describe("code repository", () => {
  // API_AuthenticationConfiguration (ConnectionArn): "It's required for GitHub code
  // repositories."
  it("requires a ConnectionArn for a GitHub repository", async () => {
    const input = codeService(uniqueName("noconn"), "x");
    delete (input.SourceConfiguration as Mutable<Input["SourceConfiguration"]>)!
      .AuthenticationConfiguration;
    await expectInvalidField(create(input), /connectionArn/i);
  });

  it("refuses a ConnectionArn that names no connection", async () => {
    const missing =
      "arn:aws:apprunner:us-east-1:123456789012:connection/my-github-connection/e7656250f67242d7819feade6800f59e";
    await expectInvalidField(create(codeService(uniqueName("ghost"), missing)), /connectionArn/i);
  });

  it("refuses a connection that has not finished its handshake", async (test) => {
    const name = uniqueName("pending", 32);
    const { Connection } = await ctx.appRunner.send(
      new CreateConnectionCommand({ ConnectionName: name, ProviderType: "GITHUB" }),
    );
    expect(Connection?.Status).toBe("PENDING_HANDSHAKE");
    const attempt = create(codeService(uniqueName("pending"), Connection!.ConnectionArn!)).then(
      (result) => ({ ok: true as const, result }),
      (error: Error) => ({ ok: false as const, error }),
    );
    const outcome = await attempt;
    const statusAfter = await connectionStatus(ctx.appRunner, name);
    if (statusAfter !== "PENDING_HANDSHAKE" && outcome.ok) {
      test.skip("the connection became AVAILABLE before the request was handled");
    }
    expect(outcome.ok, "CreateService with a PENDING_HANDSHAKE connection succeeded").toBe(false);
    if (!outcome.ok) {
      expect(outcome.error.name).toBe("InvalidRequestException");
      expect(outcome.error.message).toMatch(/connection/i);
    }
  });

  itRefuses(
    "requires CodeConfigurationValues when ConfigurationSource is API",
    () =>
      codeWith((input) => {
        delete input.SourceConfiguration!.CodeRepository!.CodeConfiguration!
          .CodeConfigurationValues;
      }),
    /codeConfigurationValues/i,
  );

  // API_CodeConfiguration (ConfigurationSource): "REPOSITORY – App Runner reads configuration
  // values from the apprunner.yaml file in the source code repository and ignores
  // CodeConfigurationValues."
  it("accepts ConfigurationSource REPOSITORY without values (apprunner.yaml is read)", async () => {
    const input = await codeWith((i) => {
      i.SourceConfiguration!.CodeRepository!.CodeConfiguration = {
        ConfigurationSource: "REPOSITORY",
      };
    });
    const { Service } = await create(input);
    expect(
      Service?.SourceConfiguration?.CodeRepository?.CodeConfiguration?.ConfigurationSource,
    ).toBe("REPOSITORY");
  });

  itRefuses(
    "refuses a runtime App Runner does not offer",
    () =>
      codeWith((input) => {
        codeValues(input).Runtime = "NODEJS_20" as never;
      }),
    "sourceConfiguration.codeRepository.codeConfiguration.codeConfigurationValues.runtime",
    RULE.enum,
  );

  it("accepts every runtime of the model", async () => {
    const connection = await createAvailableConnection(ctx.appRunner);
    const runtimes = [
      "PYTHON_3",
      "PYTHON_311",
      "NODEJS_12",
      "NODEJS_14",
      "NODEJS_16",
      "NODEJS_18",
      "NODEJS_22",
      "CORRETTO_8",
      "CORRETTO_11",
      "GO_1",
      "DOTNET_6",
      "PHP_81",
      "RUBY_31",
    ] as const;
    for (const runtime of runtimes) {
      const input = codeService(uniqueName("rt"), connection.ConnectionArn!);
      codeValues(input).Runtime = runtime;
      const { Service } = await create(input);
      expect(
        Service?.SourceConfiguration?.CodeRepository?.CodeConfiguration?.CodeConfigurationValues
          ?.Runtime,
      ).toBe(runtime);
    }
  });

  itRefuses(
    "refuses a SourceCodeVersion type other than BRANCH",
    () =>
      codeWith((input) => {
        input.SourceConfiguration!.CodeRepository!.SourceCodeVersion = {
          Type: "TAG" as never,
          Value: "v1",
        };
      }),
    "sourceConfiguration.codeRepository.sourceCodeVersion.type",
    RULE.enum,
  );

  it("refuses a build command with a line break", async () => {
    const input = await codeWith((i) => {
      codeValues(i).BuildCommand = "npm ci\nnpm run build";
    });
    const error = await expectInvalidField(create(input), /buildCommand/i);
    // Build commands are sensitive members: AWS never echoes their values in messages.
    expect(error.message).not.toContain("npm run build");
  });
});

describe("environment", () => {
  const withEnv = (variables: Record<string, string>, secrets?: Record<string, string>): Input =>
    publicWith((input) => {
      imageRepository(input).ImageConfiguration = {
        RuntimeEnvironmentVariables: variables,
        ...(secrets ? { RuntimeEnvironmentSecrets: secrets } : {}),
      };
    });

  itRefuses(
    "refuses PORT as a variable name (reserved)",
    () => withEnv({ PORT: "3000" }),
    /runtimeEnvironmentVariables/i,
  );

  itRefuses(
    "refuses variable names that start with AWSAPPRUNNER (reserved)",
    () => withEnv({ AWSAPPRUNNER_MODE: "x" }),
    /runtimeEnvironmentVariables/i,
  );

  it("refuses more than 50 variables and secrets together", async () => {
    const variables = Object.fromEntries(
      Array.from({ length: 30 }, (_, i) => [`VAR_${i}`, "v"] as const),
    );
    const secrets = Object.fromEntries(
      Array.from(
        { length: 21 },
        (_, i) =>
          [`SECRET_${i}`, `arn:aws:ssm:us-east-1:123456789012:parameter/app/s${i}`] as const,
      ),
    );
    await expectInvalidField(create(withEnv(variables, secrets)), /runtimeEnvironment/i);
  });

  it("accepts exactly 50 variables and secrets together", async () => {
    const variables = Object.fromEntries(
      Array.from({ length: 49 }, (_, i) => [`VAR_${i}`, `value ${i}`] as const),
    );
    const { Service } = await create(
      withEnv(variables, { DB_PASSWORD: "arn:aws:ssm:us-east-1:123456789012:parameter/db" }),
    );
    const image = Service?.SourceConfiguration?.ImageRepository?.ImageConfiguration;
    expect(Object.keys(image?.RuntimeEnvironmentVariables ?? {})).toHaveLength(49);
    expect(image?.RuntimeEnvironmentSecrets).toEqual({
      DB_PASSWORD: "arn:aws:ssm:us-east-1:123456789012:parameter/db",
    });
  });

  // API_ImageConfiguration (RuntimeEnvironmentSecrets): "The supported values are either the full
  // Amazon Resource Name (ARN) of the Secrets Manager secret or the full ARN of the parameter in
  // the Amazon Web Services Systems Manager Parameter Store. If the Amazon Web Services Systems
  // Manager Parameter Store parameter exists in the same Amazon Web Services Region as the service
  // that you're launching, you can use either the full ARN or name of the secret."
  it("accepts Secrets Manager ARNs, SSM parameter ARNs and SSM names as secrets", async () => {
    const secrets = {
      FROM_SECRETS_MANAGER: "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf",
      FROM_SSM_ARN: "arn:aws:ssm:us-east-1:123456789012:parameter/app/api-key",
      FROM_SSM_NAME: "app-api-key",
    };
    const { Service } = await create(withEnv({ MODE: "prod" }, secrets));
    expect(
      Service?.SourceConfiguration?.ImageRepository?.ImageConfiguration?.RuntimeEnvironmentSecrets,
    ).toEqual(secrets);
  });

  itRefuses(
    "refuses a secret that is another service's ARN",
    () => withEnv({}, { CONFIG: "arn:aws:s3:::my-bucket/config.json" }),
    /runtimeEnvironmentSecrets/i,
  );
});

describe("instance", () => {
  const withInstance = (Cpu?: string, Memory?: string): Input =>
    publicWith((input) => {
      input.InstanceConfiguration = { ...(Cpu ? { Cpu } : {}), ...(Memory ? { Memory } : {}) };
    });

  it.each(["3 vCPU", "1vCPU", "1 VCPU", "1024 vCPU", "8192", "one"])(
    "refuses Cpu %j",
    async (cpu) => {
      await expectInvalidField(create(withInstance(cpu, undefined)), "instanceConfiguration.cpu");
    },
  );

  it.each(["5 GB", "2GB", "2 gb", "1536", "2 GiB"])("refuses Memory %j", async (memory) => {
    await expectInvalidField(
      create(withInstance(undefined, memory)),
      "instanceConfiguration.memory",
    );
  });

  it.each([
    ["0.25 vCPU", "2 GB"],
    ["0.5 vCPU", "2 GB"],
    ["1 vCPU", "1 GB"],
    ["2 vCPU", "8 GB"],
    ["4 vCPU", "4 GB"],
    ["4096", "6144"],
  ])("refuses the pair %s / %s", async (cpu, memory) => {
    await expectInvalidField(
      create(withInstance(cpu, memory)),
      /instanceConfiguration|cpu|memory/i,
    );
  });

  it("refuses an InstanceRoleArn that is not a role ARN", async () => {
    const input = publicWith((i) => {
      i.InstanceConfiguration = { InstanceRoleArn: "role/app" };
    });
    await expectInvalidField(create(input), "instanceConfiguration.instanceRoleArn");
  });
});

describe("health check", () => {
  const withHealth = (health: NonNullable<Input["HealthCheckConfiguration"]>): Input =>
    publicWith((input) => {
      input.HealthCheckConfiguration = health;
    });

  it.each([
    ["Interval", 0],
    ["Interval", 21],
    ["Timeout", 0],
    ["Timeout", 21],
    ["HealthyThreshold", 0],
    ["HealthyThreshold", 21],
    ["UnhealthyThreshold", 0],
    ["UnhealthyThreshold", 21],
  ] as const)("refuses %s = %d (allowed 1–20)", async (member, value) => {
    const path = `healthCheckConfiguration.${member[0]!.toLowerCase()}${member.slice(1)}`;
    await expectInvalidField(create(withHealth({ [member]: value })), path, RULE.range);
  });

  itRefuses(
    "refuses a protocol other than TCP or HTTP",
    () => withHealth({ Protocol: "HTTPS" as never }),
    "healthCheckConfiguration.protocol",
    RULE.enum,
  );

  itRefuses(
    "refuses an empty path",
    () => withHealth({ Protocol: "HTTP", Path: "" }),
    "healthCheckConfiguration.path",
  );

  it("accepts the bounds 1 and 20", async () => {
    const { Service } = await create(
      withHealth({
        Protocol: "HTTP",
        Path: "/healthz",
        Interval: 20,
        Timeout: 1,
        HealthyThreshold: 20,
        UnhealthyThreshold: 1,
      }),
    );
    expect(Service?.HealthCheckConfiguration).toEqual({
      Protocol: "HTTP",
      Path: "/healthz",
      Interval: 20,
      Timeout: 1,
      HealthyThreshold: 20,
      UnhealthyThreshold: 1,
    });
  });
});

describe("network", () => {
  const withNetwork = (network: NonNullable<Input["NetworkConfiguration"]>): Input =>
    publicWith((input) => {
      input.NetworkConfiguration = network;
    });

  // API_EgressConfiguration (VpcConnectorArn): "Only valid when EgressType = VPC."
  // API_EgressConfiguration (EgressType): "Set to VPC to associate your service to a custom VPC
  // specified by VpcConnectorArn."
  type Network = NonNullable<Input["NetworkConfiguration"]>;
  it.each<[string, Network, string | RegExp, RegExp?]>([
    [
      "requires a VpcConnectorArn when EgressType is VPC",
      { EgressConfiguration: { EgressType: "VPC" } },
      /vpcConnectorArn/i,
    ],
    [
      "refuses a VpcConnectorArn when EgressType is DEFAULT",
      {
        EgressConfiguration: {
          EgressType: "DEFAULT",
          VpcConnectorArn:
            "arn:aws:apprunner:us-east-1:123456789012:vpcconnector/conn/1/0123456789abcdef0123456789abcdef",
        },
      },
      /vpcConnectorArn|egressType/i,
    ],
    [
      "refuses DUAL_STACK for a service without a public endpoint",
      { IpAddressType: "DUAL_STACK", IngressConfiguration: { IsPubliclyAccessible: false } },
      /ipAddressType/i,
    ],
    [
      "refuses an IpAddressType outside the enum",
      { IpAddressType: "IPV6" as never },
      "networkConfiguration.ipAddressType",
      RULE.enum,
    ],
    [
      "refuses an EgressType outside the enum",
      { EgressConfiguration: { EgressType: "NAT" as never } },
      "networkConfiguration.egressConfiguration.egressType",
      RULE.enum,
    ],
  ])("%s", async (_title, network, path, rule) => {
    await expectInvalidField(create(withNetwork(network)), path, rule);
  });
});

describe("observability, tags, encryption, auto scaling", () => {
  // API_ServiceObservabilityConfiguration (ObservabilityEnabled): "When true, an observability
  // configuration resource is associated with the service, and an ObservabilityConfigurationArn
  // is specified."; (ObservabilityConfigurationArn) "Specified only when ObservabilityEnabled is
  // true."
  itRefuses(
    "requires an ObservabilityConfigurationArn when observability is enabled",
    () =>
      publicWith((input) => {
        input.ObservabilityConfiguration = { ObservabilityEnabled: true };
      }),
    /observabilityConfigurationArn/i,
  );

  it("requires ObservabilityEnabled inside ObservabilityConfiguration", async () => {
    const response = await rawRequest(ctx.endpoint, {
      target: "AppRunner.CreateService",
      body: { ...publicImageService(uniqueName("obs")), ObservabilityConfiguration: {} },
    });
    expect(response.status).toBe(400);
    expect(response.errorCode).toBe("InvalidRequestException");
    expect(String(response.json?.Message)).toMatch(/observabilityEnabled/i);
  });

  it.each([
    ["starts with aws:", { Key: "aws:team", Value: "x" }, /key/i],
    ["has a 129-character key", { Key: "k".repeat(129), Value: "x" }, /key/i],
    ["has an empty key", { Key: "", Value: "x" }, /key/i],
    ["has a 257-character value", { Key: "team", Value: "v".repeat(257) }, /value/i],
  ])("refuses a tag that %s", async (_why, tag, member) => {
    const error = await expectInvalidField(
      create(publicImageService(uniqueName("tags"), [tag])),
      /tags/i,
    );
    expect(error.message).toMatch(member);
  });

  itRefuses(
    "refuses a KmsKey that is not a KMS key ARN",
    () =>
      publicWith((input) => {
        input.EncryptionConfiguration = { KmsKey: "alias/my-key" };
      }),
    "encryptionConfiguration.kmsKey",
    RULE.pattern,
  );

  itRefuses(
    "refuses an AutoScalingConfigurationArn that names no configuration",
    () =>
      publicWith((input) => {
        input.AutoScalingConfigurationArn =
          "arn:aws:apprunner:us-east-1:123456789012:autoscalingconfiguration/nope/1/0123456789abcdef0123456789abcdef";
      }),
    /autoScalingConfigurationArn/i,
  );
});

describe("several errors at once", () => {
  it("reports each violated member, AWS style (N validation errors detected)", async () => {
    const input = publicWith((i) => {
      i.ServiceName = "ab";
      i.InstanceConfiguration = { Cpu: "3 vCPU" };
      i.HealthCheckConfiguration = { Interval: 99 };
    });
    const error = await expectAwsError(create(input), "InvalidRequestException");
    expect(error.message).toMatch(/^\d+ validation errors? detected/);
    expect(Number(/^(\d+)/.exec(error.message)?.[1])).toBeGreaterThanOrEqual(3);
    for (const member of [
      "serviceName",
      "instanceConfiguration.cpu",
      "healthCheckConfiguration.interval",
    ]) {
      expect(error.message).toContain(`'${member}'`);
    }
  });
});

describe("AWS's published examples", () => {
  it("accepts the image example once its CPU key and env list are corrected", async () => {
    const name = uniqueName("golang-container-app");
    const { Service } = await create({
      ServiceName: name,
      SourceConfiguration: {
        AuthenticationConfiguration: { AccessRoleArn: accessRoleArn() },
        AutoDeploymentsEnabled: true,
        ImageRepository: {
          ImageIdentifier: `${ctx.accountId}.dkr.ecr.${ctx.region}.amazonaws.com/golang-app:latest`,
          ImageConfiguration: { Port: "8080", RuntimeEnvironmentVariables: { NAME: "Jane" } },
          ImageRepositoryType: "ECR",
        },
      },
      InstanceConfiguration: { Cpu: "1 vCPU", Memory: "3 GB" },
    });
    expect(Service).toMatchObject({
      ServiceName: name,
      Status: "OPERATION_IN_PROGRESS",
      InstanceConfiguration: { Cpu: "1024", Memory: "3072" },
      SourceConfiguration: {
        AutoDeploymentsEnabled: true,
        ImageRepository: {
          ImageConfiguration: { Port: "8080", RuntimeEnvironmentVariables: { NAME: "Jane" } },
        },
      },
    });
  });
});
