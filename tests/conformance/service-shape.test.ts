/**
 * The Service as App Runner returns it: the defaults it fills in, Cpu/Memory normalised to
 * numbers, and identifiers in AWS's formats (FACTS.md "Identifiers", "Defaults").
 */
import {
  CreateServiceCommand,
  DescribeAutoScalingConfigurationCommand,
  DescribeServiceCommand,
  ListServicesCommand,
  type CreateServiceCommandInput,
} from "@aws-sdk/client-apprunner";
import { describe, expect, it } from "vitest";

import { documentedDefaults, readModel } from "../support/aws-model";
import { makeClients } from "../support/clients";
import { uniqueName } from "../support/names";
import { privateImage, privateImageService, publicImageService } from "../support/service-requests";
import { emulatorForFile } from "../support/emulator-for-file";
import { slowOnAws } from "../support/target";

const ctx = emulatorForFile();
/** Waits minutes for a service to be RUNNING on AWS (CONFORMANCE_SKIP_SLOW=1 skips it). */
const slow = it.skipIf(slowOnAws("waits for a service to be RUNNING"));

const HEX32 = /^[0-9a-f]{32}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function create(input: CreateServiceCommandInput) {
  return ctx.appRunner.send(new CreateServiceCommand(input));
}

describe("identifiers", () => {
  it("mints the ARN, id, URL and operation id in AWS's formats", async () => {
    const name = uniqueName("ids");
    const { Service, OperationId } = await create(publicImageService(name));
    expect(Service?.ServiceId).toMatch(HEX32);
    expect(Service?.ServiceArn).toBe(
      `arn:aws:apprunner:${ctx.region}:${ctx.accountId}:service/${name}/${Service?.ServiceId}`,
    );
    expect(Service?.ServiceUrl).toMatch(
      new RegExp(`^[a-z0-9]{10}\\.${ctx.region}\\.awsapprunner\\.com$`),
    );
    expect(OperationId).toMatch(UUID);
    expect(OperationId).toHaveLength(36);
  });

  it("gives each service its own id and URL", async () => {
    const a = await create(publicImageService(uniqueName("uniq")));
    const b = await create(publicImageService(uniqueName("uniq")));
    expect(a.Service?.ServiceId).not.toBe(b.Service?.ServiceId);
    expect(a.Service?.ServiceUrl).not.toBe(b.Service?.ServiceUrl);
    expect(a.OperationId).not.toBe(b.OperationId);
  });

  it("returns timestamps the SDK reads as dates close to now", async () => {
    const { Service } = await create(publicImageService(uniqueName("time")));
    expect(Service?.CreatedAt).toBeInstanceOf(Date);
    expect(Math.abs(Service!.CreatedAt!.getTime() - Date.now())).toBeLessThan(60_000);
    expect(Service!.UpdatedAt!.getTime()).toBeGreaterThanOrEqual(Service!.CreatedAt!.getTime());
    expect(Service?.DeletedAt).toBeUndefined();
  });

  it("puts the client's region into ARNs and URLs", async () => {
    const { appRunner } = makeClients(ctx.endpoint, "ap-southeast-2");
    const name = uniqueName("region");
    const { Service } = await appRunner.send(new CreateServiceCommand(publicImageService(name)));
    expect(Service?.ServiceArn).toMatch(
      `arn:aws:apprunner:ap-southeast-2:${ctx.accountId}:service/`,
    );
    expect(Service?.ServiceUrl).toMatch(/\.ap-southeast-2\.awsapprunner\.com$/);
    // Regions are separate: the default region does not list it.
    const home = await ctx.appRunner.send(new ListServicesCommand({ MaxResults: 20 }));
    expect(home.ServiceSummaryList?.map((s) => s.ServiceName)).not.toContain(name);
    // Names are unique per account and region: the same name is free in the default region.
    const { Service: twin } = await create(publicImageService(name));
    expect(twin?.ServiceArn).toMatch(`arn:aws:apprunner:${ctx.region}:`);
    appRunner.destroy();
  });
});

describe("DescribeService", () => {
  slow("returns the Service CreateService returned", async () => {
    const created = await create(privateImageService(uniqueName("described")));
    const { Service } = await ctx.appRunner.send(
      new DescribeServiceCommand({ ServiceArn: created.Service!.ServiceArn }),
    );
    const { Status: _a, UpdatedAt: _b, ...stable } = created.Service!;
    expect(Service).toMatchObject(stable);
    expect(["OPERATION_IN_PROGRESS", "RUNNING"]).toContain(Service?.Status);
  });
});

describe("defaults filled into the returned Service", () => {
  // API_InstanceConfiguration: (Cpu) "Default: 1 vCPU"; (Memory) "Default: 2 GB".
  // API_HealthCheckConfiguration: "Default: TCP", "Default: "/"", Interval "Default: 5", Timeout
  // "Default: 2", HealthyThreshold "Default: 1", UnhealthyThreshold "Default: 5".
  // API_NetworkConfiguration (IpAddressType): "If you do not specify an IpAddressType, it defaults
  // to select IPv4." API_CreateService (AutoScalingConfigurationArn): "If not provided, App Runner
  // associates the latest revision of a default auto scaling configuration."
  // IsPubliclyAccessible true and EgressType DEFAULT: the pages are silent; App Runner's console
  // creates public services with default egress, and so does the emulator.
  it("fills instance, health check, network, observability and auto scaling defaults", async () => {
    const { Service } = await create(publicImageService(uniqueName("defaults")));
    expect(Service?.InstanceConfiguration).toMatchObject({ Cpu: "1024", Memory: "2048" });
    expect(Service?.HealthCheckConfiguration).toEqual(
      documentedDefaults(readModel("apprunner"), "HealthCheckConfiguration"),
    );
    expect(Service?.NetworkConfiguration).toEqual({
      EgressConfiguration: { EgressType: "DEFAULT" },
      IngressConfiguration: { IsPubliclyAccessible: true },
      IpAddressType: "IPV4",
    });
    expect(Service?.ObservabilityConfiguration).toEqual({ ObservabilityEnabled: false });
    expect(Service?.AutoScalingConfigurationSummary).toMatchObject({
      AutoScalingConfigurationName: "DefaultConfiguration",
      AutoScalingConfigurationRevision: 1,
      IsDefault: true,
      Status: "ACTIVE",
    });
    // The service's own ARN says which region and account the default belongs to.
    const [, , , region, account] = Service!.ServiceArn!.split(":");
    expect(Service?.AutoScalingConfigurationSummary?.AutoScalingConfigurationArn).toMatch(
      new RegExp(
        `^arn:aws:apprunner:${region}:${account}:autoscalingconfiguration/DefaultConfiguration/1/[0-9a-f]{32}$`,
      ),
    );
  });

  it("uses a default auto scaling configuration of 100 / 1 / 25", async () => {
    const { Service } = await create(publicImageService(uniqueName("asdefault")));
    const { AutoScalingConfiguration } = await ctx.appRunner.send(
      new DescribeAutoScalingConfigurationCommand({
        AutoScalingConfigurationArn:
          Service!.AutoScalingConfigurationSummary!.AutoScalingConfigurationArn!,
      }),
    );
    expect(AutoScalingConfiguration).toMatchObject({
      AutoScalingConfigurationName: "DefaultConfiguration",
      AutoScalingConfigurationRevision: 1,
      MaxConcurrency: 100,
      MinSize: 1,
      MaxSize: 25,
      IsDefault: true,
      Latest: true,
      Status: "ACTIVE",
    });
  });

  // API_HealthCheckConfiguration (Path): "The URL that health check requests are sent to. Path is
  // only applicable when you set Protocol to HTTP. Default: "/""
  it("keeps the health check path given for HTTP and fills the other fields", async () => {
    const { Service } = await create({
      ...publicImageService(uniqueName("http")),
      HealthCheckConfiguration: { Protocol: "HTTP", Path: "/ping" },
    });
    expect(Service?.HealthCheckConfiguration).toEqual({
      Protocol: "HTTP",
      Path: "/ping",
      Interval: 5,
      Timeout: 2,
      HealthyThreshold: 1,
      UnhealthyThreshold: 5,
    });
  });

  // API_SourceConfiguration (AutoDeploymentsEnabled): "App Runner sets to false for a source image
  // that uses an ECR Public repository or an ECR repository that's in an Amazon Web Services
  // account other than the one that the service is in. App Runner sets to true in all other cases
  // (which currently include a source code repository or a source image using a same-account ECR
  // repository)."
  it("defaults AutoDeploymentsEnabled to true for the caller's private ECR", async () => {
    const { Service } = await create(privateImageService(uniqueName("autodeploy")));
    expect(Service?.SourceConfiguration?.AutoDeploymentsEnabled).toBe(true);
  });

  it("defaults AutoDeploymentsEnabled to false for public ECR", async () => {
    const input = publicImageService(uniqueName("autopub"));
    delete (input.SourceConfiguration as { AutoDeploymentsEnabled?: boolean })
      .AutoDeploymentsEnabled;
    const { Service } = await create(input);
    expect(Service?.SourceConfiguration?.AutoDeploymentsEnabled).toBe(false);
  });

  it("defaults AutoDeploymentsEnabled to false for another account's ECR", async () => {
    const input = privateImageService(uniqueName("autocross"));
    input.SourceConfiguration!.ImageRepository!.ImageIdentifier = privateImage("444455556666");
    const { Service } = await create(input);
    expect(Service?.SourceConfiguration?.AutoDeploymentsEnabled).toBe(false);
  });

  it("echoes what was given: tags are not part of the Service, env vars are", async () => {
    const input = privateImageService(uniqueName("echo"), [{ Key: "team", Value: "web" }]);
    input.SourceConfiguration!.ImageRepository!.ImageConfiguration = {
      Port: "3000",
      StartCommand: "node server.js",
      RuntimeEnvironmentVariables: { NODE_ENV: "production" },
    };
    const { Service } = await create(input);
    expect(Service?.SourceConfiguration?.ImageRepository).toEqual({
      ImageIdentifier: privateImage(),
      ImageRepositoryType: "ECR",
      ImageConfiguration: {
        Port: "3000",
        StartCommand: "node server.js",
        RuntimeEnvironmentVariables: { NODE_ENV: "production" },
      },
    });
    expect(Service).not.toHaveProperty("Tags");
  });
});

describe("Cpu and Memory", () => {
  // FACTS.md: the valid pairs, each given once in words and checked in numbers.
  const pairs: [string, string, string, string][] = [
    ["0.25 vCPU", "0.5 GB", "256", "512"],
    ["0.25 vCPU", "1 GB", "256", "1024"],
    ["0.5 vCPU", "1 GB", "512", "1024"],
    ["1 vCPU", "2 GB", "1024", "2048"],
    ["1 vCPU", "3 GB", "1024", "3072"],
    ["1 vCPU", "4 GB", "1024", "4096"],
    ["2 vCPU", "4 GB", "2048", "4096"],
    ["2 vCPU", "6 GB", "2048", "6144"],
    ["4 vCPU", "8 GB", "4096", "8192"],
    ["4 vCPU", "10 GB", "4096", "10240"],
    ["4 vCPU", "12 GB", "4096", "12288"],
  ];

  it.each(pairs)("normalises %s / %s to %s / %s", async (cpu, memory, cpuOut, memoryOut) => {
    const { Service } = await create({
      ...publicImageService(uniqueName("size")),
      InstanceConfiguration: { Cpu: cpu, Memory: memory },
    });
    expect(Service?.InstanceConfiguration).toMatchObject({ Cpu: cpuOut, Memory: memoryOut });
  });

  it("accepts the numeric spellings as they are", async () => {
    const { Service } = await create({
      ...publicImageService(uniqueName("numeric")),
      InstanceConfiguration: { Cpu: "2048", Memory: "6144" },
    });
    expect(Service?.InstanceConfiguration).toMatchObject({ Cpu: "2048", Memory: "6144" });
  });

  it("accepts a mix of spellings", async () => {
    const { Service } = await create({
      ...publicImageService(uniqueName("mixed")),
      InstanceConfiguration: { Cpu: "0.5 vCPU", Memory: "1024" },
    });
    expect(Service?.InstanceConfiguration).toMatchObject({ Cpu: "512", Memory: "1024" });
  });

  it("keeps a customer-managed KMS key", async () => {
    const KmsKey = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    const { Service } = await create({
      ...publicImageService(uniqueName("kms")),
      EncryptionConfiguration: { KmsKey },
    });
    expect(Service?.EncryptionConfiguration).toEqual({ KmsKey });
  });

  it("keeps an instance role", async () => {
    const role = "arn:aws:iam::123456789012:role/app-instance-role";
    const { Service } = await create({
      ...publicImageService(uniqueName("role")),
      InstanceConfiguration: { InstanceRoleArn: role },
    });
    expect(Service?.InstanceConfiguration).toEqual({
      Cpu: "1024",
      Memory: "2048",
      InstanceRoleArn: role,
    });
  });
});
