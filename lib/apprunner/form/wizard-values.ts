import { z } from "zod";

import {
  ConfigurationSourceValues,
  EgressTypeValues,
  HealthCheckProtocolValues,
  ImageRepositoryTypeValues,
  IpAddressTypeValues,
  RuntimeValues,
} from "@/lib/apprunner/schema/enums.generated";

/*
 * The form's values: one schema per step, composed into the whole (as dub composes its
 * onboarding steps). They hold only the types the controls produce; whether App Runner would
 * accept the values is the wizard's check (wizard-schema.ts), so this module stays a leaf that
 * every step can import without a cycle.
 */

const sourceStep = z.object({
  source: z.object({
    type: z.enum(["image", "code"]),
    imageRepositoryType: z.enum(ImageRepositoryTypeValues),
    imageIdentifier: z.string(),
    accessRoleArn: z.string(),
    connectionArn: z.string(),
    repositoryUrl: z.string(),
    branch: z.string(),
    sourceDirectory: z.string(),
    autoDeployments: z.boolean(),
  }),
});

const buildStep = z.object({
  build: z.object({
    configurationSource: z.enum(ConfigurationSourceValues),
    runtime: z.union([z.literal(""), z.enum(RuntimeValues)]),
    buildCommand: z.string(),
    startCommand: z.string(),
    port: z.string(),
    env: z.array(
      z.object({ name: z.string(), value: z.string(), kind: z.enum(["plain", "secret"]) }),
    ),
  }),
});

const instanceStep = z.object({
  instance: z.object({
    /** API values, e.g. "1024" and "2048"; only valid pairs are offered. */
    cpu: z.string(),
    memory: z.string(),
    instanceRoleArn: z.string(),
    autoScaling: z.enum(["default", "existing"]),
    autoScalingArn: z.string(),
  }),
});

const networkStep = z.object({
  network: z.object({
    ingress: z.enum(["public", "private"]),
    egressType: z.enum(EgressTypeValues),
    vpcConnectorArn: z.string(),
    ipAddressType: z.enum(IpAddressTypeValues),
  }),
});

/** Number inputs hold null while empty, so "empty" and "0" stay different. */
const wholeNumber = z.number().nullable();

const healthCheckStep = z.object({
  healthCheck: z.object({
    protocol: z.enum(HealthCheckProtocolValues),
    path: z.string(),
    interval: wholeNumber,
    timeout: wholeNumber,
    healthyThreshold: wholeNumber,
    unhealthyThreshold: wholeNumber,
  }),
});

const serviceStep = z.object({
  service: z.object({
    name: z.string(),
    tracing: z.boolean(),
    observabilityConfigurationArn: z.string(),
    encryption: z.enum(["aws", "kms"]),
    kmsKey: z.string(),
    tags: z.array(z.object({ key: z.string(), value: z.string() })),
  }),
});

export const wizardSchema = sourceStep.extend({
  ...buildStep.shape,
  ...instanceStep.shape,
  ...networkStep.shape,
  ...healthCheckStep.shape,
  ...serviceStep.shape,
});

export type WizardValues = z.infer<typeof wizardSchema>;

/** A problem with one form field; `path` is the form path (`source.imageIdentifier`). */
export type FieldIssue = { path: string; message: string };

/** Values that fit the form (e.g. a stored draft), or undefined. */
export function parseWizardValues(values: unknown): WizardValues | undefined {
  const parsed = wizardSchema.safeParse(values);
  return parsed.success ? parsed.data : undefined;
}
