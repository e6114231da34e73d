import { readFileSync } from "node:fs";
import { join } from "node:path";

import type { Service } from "@aws-sdk/client-apprunner";
import { describe, expect, it } from "vitest";

import { toCliCommand } from "@/lib/apprunner/form/cli-command";
import { blankValues } from "@/lib/apprunner/form/defaults";
import { fromCreateServiceInput } from "@/lib/apprunner/form/from-create-service-input";
import { fromService } from "@/lib/apprunner/form/from-service";
import { PRESETS } from "@/lib/apprunner/form/presets";
import { reviewSections } from "@/lib/apprunner/form/review-sections";
import { toCreateServiceInput } from "@/lib/apprunner/form/to-create-service-input";
import { validateWizard, type WizardValues } from "@/lib/apprunner/form/wizard-schema";
import { validateOperationInput } from "@/lib/apprunner/validation";

const CONNECTION =
  "arn:aws:apprunner:us-east-1:123456789012:connection/gh/0123456789abcdef0123456789abcdef";

function imageService(): WizardValues {
  const v = blankValues();
  v.source.imageIdentifier = "public.ecr.aws/nginx/nginx:latest";
  v.service.name = "hello-web";
  return v;
}

function richCodeService(): WizardValues {
  const v = blankValues();
  v.source = {
    ...v.source,
    type: "code",
    connectionArn: CONNECTION,
    repositoryUrl: "https://github.com/acme/api",
    branch: "release",
    sourceDirectory: "/services/api",
    autoDeployments: false,
  };
  v.build = {
    configurationSource: "API",
    runtime: "NODEJS_22",
    buildCommand: "npm ci",
    startCommand: "node server.js",
    port: "3000",
    env: [
      { name: "LOG_LEVEL", value: "debug", kind: "plain" },
      {
        name: "DB_PASSWORD",
        value: "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-pass-AbCdEf",
        kind: "secret",
      },
    ],
  };
  v.instance = {
    cpu: "2048",
    memory: "4096",
    instanceRoleArn: "arn:aws:iam::123456789012:role/api-role",
    autoScaling: "existing",
    autoScalingArn:
      "arn:aws:apprunner:us-east-1:123456789012:autoscalingconfiguration/busy/2/0123456789abcdef0123456789abcdef",
  };
  v.network = {
    ingress: "public",
    egressType: "VPC",
    vpcConnectorArn:
      "arn:aws:apprunner:us-east-1:123456789012:vpcconnector/db/1/0123456789abcdef0123456789abcdef",
    ipAddressType: "DUAL_STACK",
  };
  v.healthCheck = {
    protocol: "HTTP",
    path: "/health",
    interval: 10,
    timeout: 5,
    healthyThreshold: 2,
    unhealthyThreshold: 3,
  };
  v.service = {
    name: "acme-api",
    tracing: true,
    observabilityConfigurationArn:
      "arn:aws:apprunner:us-east-1:123456789012:observabilityconfiguration/xray/1/0123456789abcdef0123456789abcdef",
    encryption: "kms",
    kmsKey: "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
    tags: [{ key: "team", value: "payments" }],
  };
  return v;
}

describe("form values → CreateService request", () => {
  it("sends an ECR Public image with App Runner's defaults and no access role", () => {
    const input = toCreateServiceInput(imageService());
    expect(input).toEqual({
      ServiceName: "hello-web",
      SourceConfiguration: {
        ImageRepository: {
          ImageIdentifier: "public.ecr.aws/nginx/nginx:latest",
          ImageRepositoryType: "ECR_PUBLIC",
          ImageConfiguration: { Port: "8080" },
        },
        AutoDeploymentsEnabled: false,
      },
      InstanceConfiguration: { Cpu: "1024", Memory: "2048" },
      NetworkConfiguration: {
        IngressConfiguration: { IsPubliclyAccessible: true },
        EgressConfiguration: { EgressType: "DEFAULT" },
        IpAddressType: "IPV4",
      },
      HealthCheckConfiguration: {
        Protocol: "TCP",
        Interval: 5,
        Timeout: 2,
        HealthyThreshold: 1,
        UnhealthyThreshold: 5,
      },
      ObservabilityConfiguration: { ObservabilityEnabled: false },
    });
    expect(validateOperationInput("CreateService", input).ok).toBe(true);
  });

  it("sends every section of a code service, secrets apart from plain variables", () => {
    const input = toCreateServiceInput(richCodeService());
    const code = input.SourceConfiguration?.CodeRepository;
    expect(code?.SourceCodeVersion).toEqual({ Type: "BRANCH", Value: "release" });
    expect(code?.CodeConfiguration?.CodeConfigurationValues).toEqual({
      Runtime: "NODEJS_22",
      BuildCommand: "npm ci",
      StartCommand: "node server.js",
      Port: "3000",
      RuntimeEnvironmentVariables: { LOG_LEVEL: "debug" },
      RuntimeEnvironmentSecrets: {
        DB_PASSWORD: "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-pass-AbCdEf",
      },
    });
    expect(input.SourceConfiguration?.AuthenticationConfiguration).toEqual({
      ConnectionArn: CONNECTION,
    });
    expect(input.NetworkConfiguration?.EgressConfiguration?.EgressType).toBe("VPC");
    expect(input.HealthCheckConfiguration?.Path).toBe("/health");
    expect(input.EncryptionConfiguration?.KmsKey).toMatch(/^arn:aws:kms:/);
    expect(input.Tags).toEqual([{ Key: "team", Value: "payments" }]);
    expect(validateWizard(richCodeService())).toEqual([]);
    expect(validateOperationInput("CreateService", input)).toMatchObject({ ok: true });
  });

  it("leaves the build values out when apprunner.yaml configures the build", () => {
    const v = richCodeService();
    v.build.configurationSource = "REPOSITORY";
    v.build.runtime = "";
    const input = toCreateServiceInput(v);
    expect(input.SourceConfiguration?.CodeRepository?.CodeConfiguration).toEqual({
      ConfigurationSource: "REPOSITORY",
    });
    expect(validateWizard(v)).toEqual([]);
  });

  it("sends the HTTP path only for HTTP health checks", () => {
    const v = imageService();
    v.healthCheck.path = "/ignored";
    expect(toCreateServiceInput(v).HealthCheckConfiguration).not.toHaveProperty("Path");
  });
});

describe("CreateService request → form values → request (both ways)", () => {
  it.each([
    ["an ECR Public image", imageService],
    ["a fully configured code service", richCodeService],
    ["the Go preset", () => PRESETS.find((p) => p.id === "go-ecr")!.values(blankValues())],
  ])("round-trips %s without losing anything", (_label, make) => {
    const values = make();
    expect(fromCreateServiceInput(toCreateServiceInput(values))).toEqual(values);
  });

  it("reads the CPU and memory in either spelling as API values", () => {
    const v = fromCreateServiceInput({ InstanceConfiguration: { Cpu: "2 vCPU", Memory: "6 GB" } });
    expect(v.instance).toMatchObject({ cpu: "2048", memory: "6144" });
  });
});

describe("Service → form values (Duplicate)", () => {
  const response = JSON.parse(
    readFileSync(
      join(process.cwd(), "reference/aws/apprunner/examples/image-repository-response.json"),
      "utf8",
    ),
  ) as { Service: Service };

  it("keeps the source, instance and network, and a default auto scaling stays default", () => {
    const service: Service = {
      ...response.Service,
      InstanceConfiguration: { Cpu: "1024", Memory: "3072" },
      AutoScalingConfigurationSummary: {
        AutoScalingConfigurationArn:
          "arn:aws:apprunner:us-east-1:123456789012:autoscalingconfiguration/DefaultConfiguration/1/0123456789abcdef0123456789abcdef",
        AutoScalingConfigurationName: "DefaultConfiguration",
        AutoScalingConfigurationRevision: 1,
        IsDefault: true,
      } as Service["AutoScalingConfigurationSummary"],
      HealthCheckConfiguration: { Protocol: "HTTP", Path: "/ping", Interval: 7 },
    };
    const v = fromService(service);
    expect(v.source).toMatchObject({
      type: "image",
      imageRepositoryType: "ECR",
      imageIdentifier: "123456789012.dkr.ecr.us-east-1.amazonaws.com/golang-app:latest",
      accessRoleArn: "arn:aws:iam::123456789012:role/my-ecr-role",
      autoDeployments: true,
    });
    expect(v.instance).toMatchObject({ cpu: "1024", memory: "3072", autoScaling: "default" });
    expect(v.healthCheck).toMatchObject({
      protocol: "HTTP",
      path: "/ping",
      interval: 7,
      timeout: 2,
    });
    expect(v.service.name).toBe("golang-container-app");
  });

  it("pins a custom auto scaling configuration by its ARN", () => {
    const arn =
      "arn:aws:apprunner:us-east-1:123456789012:autoscalingconfiguration/busy/3/0123456789abcdef0123456789abcdef";
    const v = fromService({
      ...response.Service,
      AutoScalingConfigurationSummary: { AutoScalingConfigurationArn: arn, IsDefault: false },
    } as Service);
    expect(v.instance).toMatchObject({ autoScaling: "existing", autoScalingArn: arn });
  });
});

describe("Copy as AWS CLI command", () => {
  it("wraps the request in --cli-input-json and survives single quotes", () => {
    const v = imageService();
    v.build.startCommand = "sh -c 'exec nginx'";
    const command = toCliCommand(toCreateServiceInput(v));
    expect(command.startsWith("aws apprunner create-service --cli-input-json '")).toBe(true);
    expect(command).toContain(`sh -c '\\''exec nginx'\\''`);
    // What a POSIX shell would hand the CLI: the JSON with the quotes restored.
    const json = command
      .slice("aws apprunner create-service --cli-input-json '".length, -1)
      .replaceAll(`'\\''`, "'");
    expect(JSON.parse(json)).toEqual(toCreateServiceInput(v));
  });
});

describe("the review page's summary", () => {
  it("groups the answers as the steps and marks what can never change", () => {
    const sections = reviewSections(richCodeService());
    expect(sections.map((s) => s.step.title)).toEqual([
      "Source",
      "Build and run",
      "Instance",
      "Network",
      "Health check",
      "Service",
    ]);
    const rows = sections.flatMap((s) => s.rows);
    const row = (label: string) => rows.find((r) => r.label === label);
    expect(row("Runtime")?.value).toBe("Node.js 22");
    expect(row("CPU and memory")?.value).toBe("2 vCPU · 4 GB");
    expect(row("Environment")?.value).toBe("1 variable and 1 secret: LOG_LEVEL, DB_PASSWORD");
    expect(rows.filter((r) => r.permanent).map((r) => r.label)).toEqual([
      "Repository type",
      "Name",
      "Encryption",
    ]);
  });
});
