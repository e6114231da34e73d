import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { CPU_MEMORY_PAIRS } from "@/lib/apprunner/constants";
import { blankValues } from "@/lib/apprunner/form/defaults";
import { countChanges, diffValues, sentValues } from "@/lib/apprunner/form/service-diff";
import { toCreateServiceInput } from "@/lib/apprunner/form/to-create-service-input";
import { isEmptyUpdate, toUpdateServiceInput } from "@/lib/apprunner/form/to-update-service-input";
import { wizardSchema, type WizardValues } from "@/lib/apprunner/form/wizard-values";
import { validateOperationInput } from "@/lib/apprunner/validation";

import { readModel, shapeOf } from "../support/aws-model";

const SERVICE_ARN =
  "arn:aws:apprunner:us-east-1:123456789012:service/orders-api/8fe1e10304f84fd2b0df550fe98a71fa";
const ACCOUNT = "arn:aws:apprunner:us-east-1:123456789012";
const CUSTOM_SCALING = `${ACCOUNT}:autoscalingconfiguration/busy/2/0123456789abcdef0123456789abcdef`;
const DEFAULT_SCALING = `${ACCOUNT}:autoscalingconfiguration/DefaultConfiguration/1/00000000000000000000000000000001`;
const XRAY = `${ACCOUNT}:observabilityconfiguration/xray/1/0123456789abcdef0123456789abcdef`;

const UPDATE_MEMBERS = Object.keys(
  shapeOf(readModel("apprunner"), "UpdateServiceRequest").members ?? {},
);

function running(): WizardValues {
  const v = blankValues();
  v.source = {
    ...v.source,
    imageRepositoryType: "ECR",
    imageIdentifier: "123456789012.dkr.ecr.us-east-1.amazonaws.com/api:v1",
    accessRoleArn: "arn:aws:iam::123456789012:role/ecr-pull",
    autoDeployments: true,
  };
  v.build.env = [
    { name: "API_URL", value: "https://api.example.com", kind: "plain" },
    { name: "LOG_LEVEL", value: "info", kind: "plain" },
  ];
  v.service = { ...v.service, name: "orders-api", tags: [{ key: "team", value: "payments" }] };
  return v;
}

function edited(change: (v: WizardValues) => void, base = running()): WizardValues {
  const v = structuredClone(base);
  change(v);
  return v;
}

function update(after: WizardValues, base = running(), defaultAutoScalingArn?: string) {
  return toUpdateServiceInput(SERVICE_ARN, base, after, { defaultAutoScalingArn });
}

describe("the UpdateService request of an edit", () => {
  it("sends a new port as the whole SourceConfiguration and nothing else", () => {
    const after = edited((v) => (v.build.port = "9000"));
    const { input, issues } = update(after);
    expect(issues).toEqual([]);
    // "To update the source configuration, set the values to members of the structure that you
    // include." (UpdateServiceRequest.SourceConfiguration, App Runner API reference)
    expect(input).toEqual({
      ServiceArn: SERVICE_ARN,
      SourceConfiguration: {
        ImageRepository: {
          ImageIdentifier: "123456789012.dkr.ecr.us-east-1.amazonaws.com/api:v1",
          ImageRepositoryType: "ECR",
          ImageConfiguration: {
            Port: "9000",
            RuntimeEnvironmentVariables: {
              API_URL: "https://api.example.com",
              LOG_LEVEL: "info",
            },
          },
        },
        AutoDeploymentsEnabled: true,
        AuthenticationConfiguration: { AccessRoleArn: "arn:aws:iam::123456789012:role/ecr-pull" },
      },
    });
    expect(validateOperationInput("UpdateService", input).ok).toBe(true);
  });

  it("sends a new size as InstanceConfiguration only", () => {
    const { input } = update(
      edited((v) => {
        v.instance.cpu = "2048";
        v.instance.memory = "4096";
      }),
    );
    expect(input).toEqual({
      ServiceArn: SERVICE_ARN,
      InstanceConfiguration: { Cpu: "2048", Memory: "4096" },
    });
  });

  it("sends a new health check as the whole HealthCheckConfiguration only", () => {
    const { input } = update(
      edited((v) => {
        v.healthCheck.protocol = "HTTP";
        v.healthCheck.path = "/health";
      }),
    );
    expect(input).toEqual({
      ServiceArn: SERVICE_ARN,
      HealthCheckConfiguration: {
        Protocol: "HTTP",
        Path: "/health",
        Interval: 5,
        Timeout: 2,
        HealthyThreshold: 1,
        UnhealthyThreshold: 5,
      },
    });
  });

  it("writes App Runner's default out for a cleared health check number, and sends nothing when that is no change", () => {
    expect(isEmptyUpdate(update(edited((v) => (v.healthCheck.interval = null))).input)).toBe(true);
    const { input } = update(
      edited((v) => {
        v.healthCheck.interval = null;
        v.healthCheck.timeout = 4;
      }),
    );
    expect(input.HealthCheckConfiguration).toMatchObject({ Interval: 5, Timeout: 4 });
  });

  it("turns tracing off with ObservabilityEnabled false", () => {
    const traced = edited((v) => {
      v.service.tracing = true;
      v.service.observabilityConfigurationArn = XRAY;
    });
    const { input } = update(
      edited((v) => (v.service.tracing = false), traced),
      traced,
    );
    expect(input).toEqual({
      ServiceArn: SERVICE_ARN,
      ObservabilityConfiguration: { ObservabilityEnabled: false },
    });
  });

  it("names the default auto scaling configuration to go back to it, or says it can't", () => {
    const custom = edited((v) => {
      v.instance.autoScaling = "existing";
      v.instance.autoScalingArn = CUSTOM_SCALING;
    });
    const back = edited((v) => (v.instance.autoScaling = "default"), custom);
    expect(update(back, custom, DEFAULT_SCALING)).toEqual({
      input: { ServiceArn: SERVICE_ARN, AutoScalingConfigurationArn: DEFAULT_SCALING },
      issues: [],
    });
    const { input, issues } = update(back, custom);
    expect(isEmptyUpdate(input)).toBe(true);
    expect(issues.map((i) => i.path)).toEqual(["instance.autoScaling"]);
    expect(update(custom, running(), DEFAULT_SCALING).input).toEqual({
      ServiceArn: SERVICE_ARN,
      AutoScalingConfigurationArn: CUSTOM_SCALING,
    });
  });

  it("refuses a switch from image to code on source.type and sends no SourceConfiguration", () => {
    const after = edited((v) => {
      v.source.type = "code";
      v.source.connectionArn = `${ACCOUNT}:connection/gh/0123456789abcdef0123456789abcdef`;
      v.source.repositoryUrl = "https://github.com/acme/api";
      v.build.runtime = "NODEJS_22";
      v.instance.cpu = "2048";
      v.instance.memory = "4096";
    });
    const { input, issues } = update(after);
    // "In SourceConfiguration, you can't switch your source type from code to image or the other
    // way around." (App Runner developer guide, Configuring an App Runner service)
    expect(issues).toEqual([
      { path: "source.type", message: expect.stringMatching(/can't switch/) },
    ]);
    expect(input).toEqual({
      ServiceArn: SERVICE_ARN,
      InstanceConfiguration: { Cpu: "2048", Memory: "4096" },
    });
  });

  it("refuses a new name or encryption key on their fields, once per reason", () => {
    // "You can't change the name or the encryption configuration of the service." (UpdateService)
    const renamed = update(edited((v) => (v.service.name = "orders-api-2")));
    expect(isEmptyUpdate(renamed.input)).toBe(true);
    expect(renamed.issues.map((i) => i.path)).toEqual(["service.name"]);

    const kms = edited((v) => {
      v.service.encryption = "kms";
      v.service.kmsKey =
        "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    });
    expect(update(kms).issues.map((i) => i.path)).toEqual(["service.encryption"]);
    const otherKey = edited(
      (v) => (v.service.kmsKey = v.service.kmsKey.replace("1234abcd", "5678abcd")),
      kms,
    );
    expect(update(otherKey, kms).issues.map((i) => i.path)).toEqual(["service.kmsKey"]);
  });

  it("sends nothing for an unchanged form, reordered variables, spaces, or tags alone", () => {
    for (const after of [
      running(),
      edited((v) => v.build.env.reverse()),
      edited((v) => (v.build.port = "8080 ")),
      edited((v) => v.service.tags.push({ key: "env", value: "prod" })),
    ]) {
      const { input, issues } = update(after);
      expect(input).toEqual({ ServiceArn: SERVICE_ARN });
      expect(isEmptyUpdate(input)).toBe(true);
      expect(issues).toEqual([]);
    }
  });

  it("counts a member set to undefined as nothing sent", () => {
    expect(isEmptyUpdate({ ServiceArn: SERVICE_ARN, SourceConfiguration: undefined })).toBe(true);
    expect(
      isEmptyUpdate({ ServiceArn: SERVICE_ARN, AutoScalingConfigurationArn: CUSTOM_SCALING }),
    ).toBe(false);
  });
});

/** Form values of every shape the controls produce, from small pools so pairs often agree. */
const wizardValues: fc.Arbitrary<WizardValues> = fc.record({
  source: fc.record({
    type: fc.constantFrom("image" as const, "code" as const),
    imageRepositoryType: fc.constantFrom("ECR" as const, "ECR_PUBLIC" as const),
    imageIdentifier: fc.constantFrom("public.ecr.aws/a/b:1", "public.ecr.aws/a/b:2 ", ""),
    accessRoleArn: fc.constantFrom("", "arn:aws:iam::123456789012:role/r"),
    connectionArn: fc.constantFrom("", `${ACCOUNT}:connection/gh/0123456789abcdef0123456789abcdef`),
    repositoryUrl: fc.constantFrom("https://github.com/a/b", "https://github.com/a/c"),
    branch: fc.constantFrom("main", "main ", "release"),
    sourceDirectory: fc.constantFrom("", "/api"),
    autoDeployments: fc.boolean(),
  }),
  build: fc.record({
    configurationSource: fc.constantFrom("API" as const, "REPOSITORY" as const),
    runtime: fc.constantFrom("" as const, "NODEJS_22" as const, "PYTHON_3" as const),
    buildCommand: fc.constantFrom("", "npm ci"),
    startCommand: fc.constantFrom("", "serve", " serve"),
    port: fc.constantFrom("8080", "3000", "8080 "),
    env: fc.array(
      fc.record({
        name: fc.constantFrom("A", "B", "C "),
        value: fc.constantFrom("1", "2", ""),
        kind: fc.constantFrom("plain" as const, "secret" as const),
      }),
      { maxLength: 3 },
    ),
  }),
  instance: fc
    .record({
      pair: fc.constantFrom(...CPU_MEMORY_PAIRS),
      instanceRoleArn: fc.constantFrom("", "arn:aws:iam::123456789012:role/app"),
      autoScaling: fc.constantFrom("default" as const, "existing" as const),
      autoScalingArn: fc.constantFrom("", CUSTOM_SCALING, DEFAULT_SCALING),
    })
    .map(({ pair, ...rest }) => ({ cpu: pair.cpu, memory: pair.memory, ...rest })),
  network: fc.record({
    ingress: fc.constantFrom("public" as const, "private" as const),
    egressType: fc.constantFrom("DEFAULT" as const, "VPC" as const),
    vpcConnectorArn: fc.constantFrom(
      "",
      `${ACCOUNT}:vpcconnector/db/1/0123456789abcdef0123456789abcdef`,
    ),
    ipAddressType: fc.constantFrom("IPV4" as const, "DUAL_STACK" as const),
  }),
  healthCheck: fc.record({
    protocol: fc.constantFrom("TCP" as const, "HTTP" as const),
    path: fc.constantFrom("/", "/health"),
    interval: fc.constantFrom(null, 5, 10),
    timeout: fc.constantFrom(null, 2, 4),
    healthyThreshold: fc.constantFrom(null, 1, 3),
    unhealthyThreshold: fc.constantFrom(null, 5, 2),
  }),
  service: fc.record({
    name: fc.constantFrom("orders-api", "orders-api ", "other"),
    tracing: fc.boolean(),
    observabilityConfigurationArn: fc.constantFrom("", XRAY),
    encryption: fc.constantFrom("aws" as const, "kms" as const),
    kmsKey: fc.constantFrom("", "arn:aws:kms:us-east-1:123456789012:key/k"),
    tags: fc.array(
      fc.record({
        key: fc.constantFrom("team", "env", " team", ""),
        value: fc.constantFrom("a", "b"),
      }),
      { maxLength: 3 },
    ),
  }),
});

const FIELDS = Object.entries(wizardSchema.shape).flatMap(([section, schema]) =>
  Object.keys(schema.shape).map((key) => [section, key] as const),
);

/** A base and an edit of it: some fields taken from another random form. */
const edits = fc
  .tuple(wizardValues, wizardValues, fc.subarray(FIELDS))
  .map(([base, other, taken]) => {
    const next = structuredClone(base) as Record<string, Record<string, unknown>>;
    for (const [section, key] of taken)
      next[section]![key] = structuredClone(
        (other as Record<string, Record<string, unknown>>)[section]![key],
      );
    return [base, next as WizardValues] as const;
  });

describe("the UpdateService request, for any edit", () => {
  it("carries only UpdateServiceRequest's members, never a name, encryption or tags", () => {
    fc.assert(
      fc.property(
        edits,
        fc.option(fc.constant(DEFAULT_SCALING), { nil: undefined }),
        ([base, next], dflt) => {
          const { input } = toUpdateServiceInput(SERVICE_ARN, base, next, {
            defaultAutoScalingArn: dflt,
          });
          expect(input.ServiceArn).toBe(SERVICE_ARN);
          for (const member of Object.keys(input)) expect(UPDATE_MEMBERS).toContain(member);
          expect(input).not.toHaveProperty("ServiceName");
          expect(input).not.toHaveProperty("EncryptionConfiguration");
          expect(input).not.toHaveProperty("Tags");
          const source = input.SourceConfiguration;
          if (source) {
            const wasImage = Boolean(
              toCreateServiceInput(base).SourceConfiguration?.ImageRepository,
            );
            expect(Boolean(source.ImageRepository)).toBe(wasImage);
          }
        },
      ),
    );
  });

  it("sends each changed member as the edited form's request has it", () => {
    fc.assert(
      fc.property(edits, ([base, next]) => {
        const { input } = toUpdateServiceInput(SERVICE_ARN, base, next, {
          defaultAutoScalingArn: DEFAULT_SCALING,
        });
        const whole = toCreateServiceInput(next);
        if (input.InstanceConfiguration)
          expect(input.InstanceConfiguration).toEqual(whole.InstanceConfiguration);
        if (input.NetworkConfiguration)
          expect(input.NetworkConfiguration).toEqual(whole.NetworkConfiguration);
        if (input.ObservabilityConfiguration)
          expect(input.ObservabilityConfiguration).toEqual(whole.ObservabilityConfiguration);
      }),
    );
  });

  it("finds nothing to change between a form and the same form as App Runner would receive it", () => {
    fc.assert(
      fc.property(wizardValues, (values) => {
        const sent = sentValues(values);
        expect(diffValues(values, sent)).toEqual([]);
        expect(toUpdateServiceInput(SERVICE_ARN, values, sent)).toEqual({
          input: { ServiceArn: SERVICE_ARN },
          issues: [],
        });
      }),
    );
  });

  it("changes something exactly when the diff (tags aside) shows a change", () => {
    fc.assert(
      fc.property(edits, ([base, next]) => {
        const { input, issues } = toUpdateServiceInput(SERVICE_ARN, base, next, {
          defaultAutoScalingArn: DEFAULT_SCALING,
        });
        const untagged = structuredClone(next);
        untagged.service.tags = base.service.tags;
        const shown = countChanges(diffValues(base, untagged));
        expect(shown > 0).toBe(!isEmptyUpdate(input) || issues.length > 0);
      }),
    );
  });
});
