import { MAX_ENV_VARS } from "@/lib/apprunner/constants";
import type { RuleCode } from "@/lib/apprunner/rules/rule-code";
import { MAX_TAGS } from "@/lib/apprunner/rules/quotas";
import { INTEGER_RANGES } from "@/lib/apprunner/schema/enums.generated";

import type { WizardValues } from "./wizard-values";

/*
 * The wizard's wording for the API's issues, keyed by form field and rule code. The rules
 * themselves are App Runner's (lib/apprunner/rules and the model's shapes); this table only puts
 * a sentence a person can act on where AWS's own message names members. Browser-safe (no zod),
 * so a step can explain a choice it disables with the same words.
 */

export const IMAGE_EXAMPLES = {
  ECR: "123456789012.dkr.ecr.us-east-1.amazonaws.com/my-app:latest",
  ECR_PUBLIC: "public.ecr.aws/nginx/nginx:latest",
} as const;

export const DUAL_STACK_NEEDS_PUBLIC =
  "Dual-stack needs a public endpoint; a private endpoint is reached over IPv4 only.";

export const AUTO_DEPLOY_UNAVAILABLE =
  "App Runner can't watch ECR Public repositories for new images; deploy manually.";

export const SERVICE_NAME_HINT =
  "4–40 letters, digits, hyphens or underscores, starting with a letter or digit. It can't be changed later.";

/** `row` is the list index in a `…N…` field (tags), counted from 0. */
type Message = string | ((values: WizardValues, row: number) => string);

/** `blank`: the field is empty, whatever the rule; `*`: any rule without its own entry. */
type Messages = Partial<Record<RuleCode | "blank" | "*", Message>>;

function wholeNumber(label: string, range: { min: number; max: number }): Messages {
  return { "*": `Enter ${label} as a whole number from ${range.min} to ${range.max}.` };
}

const MESSAGES: Readonly<Record<string, Messages>> = {
  "source.imageIdentifier": {
    blank: "Enter the image URI, with a tag or digest.",
    "ecr-public-uri": `An ECR Public image URI starts with public.ecr.aws/, e.g. ${IMAGE_EXAMPLES.ECR_PUBLIC}.`,
    "ecr-private-uri": `A private ECR image URI looks like ${IMAGE_EXAMPLES.ECR}; for public.ecr.aws choose ECR Public.`,
    "*": (v) => `Enter an image URI such as ${IMAGE_EXAMPLES[v.source.imageRepositoryType]}.`,
  },
  "source.accessRoleArn": {
    blank: "Enter the ARN of the role that lets App Runner pull from your ECR repository.",
    "*": "Enter an IAM role ARN such as arn:aws:iam::123456789012:role/my-ecr-role.",
  },
  "source.autoDeployments": { "auto-deploy-unavailable": AUTO_DEPLOY_UNAVAILABLE },
  "source.connectionArn": {
    blank: "Choose the connection to your code repository, or create one.",
    "*": "Choose a connection from the list.",
  },
  "source.sourceDirectory": { "*": "Enter a directory path such as / or /services/api." },
  "build.runtime": { "*": "Choose the runtime your code runs on." },
  "build.buildCommand": { "*": "Write the build command on one line." },
  "build.startCommand": { "*": "Write the start command on one line." },
  "build.env": {
    "env-limit": (v) =>
      `App Runner allows at most ${MAX_ENV_VARS} variables and secrets together; remove ${v.build.env.length - MAX_ENV_VARS}.`,
    "map-key": "A variable's name is too long or has a line break.",
    "map-value": "A variable's value is too long or not allowed.",
  },
  "instance.size": { "*": "Choose one of the CPU and memory combinations App Runner offers." },
  "instance.instanceRoleArn": {
    "*": "Enter an IAM role ARN such as arn:aws:iam::123456789012:role/my-app-role.",
  },
  "instance.autoScalingArn": { "*": "Choose an auto scaling configuration from the list." },
  "network.vpcConnectorArn": {
    blank: "Choose the VPC connector for outgoing traffic.",
    "*": "Choose a VPC connector from the list.",
  },
  "network.ipAddressType": { "dual-stack-needs-public": DUAL_STACK_NEEDS_PUBLIC },
  "healthCheck.path": { blank: "Enter the path App Runner requests, e.g. /health." },
  "healthCheck.interval": wholeNumber("the interval", INTEGER_RANGES.HealthCheckInterval),
  "healthCheck.timeout": wholeNumber("the timeout", INTEGER_RANGES.HealthCheckTimeout),
  "healthCheck.healthyThreshold": wholeNumber(
    "the healthy threshold",
    INTEGER_RANGES.HealthCheckHealthyThreshold,
  ),
  "healthCheck.unhealthyThreshold": wholeNumber(
    "the unhealthy threshold",
    INTEGER_RANGES.HealthCheckUnhealthyThreshold,
  ),
  "service.name": {
    blank: "Enter a name for the service.",
    "*": "Use 4–40 letters, digits, hyphens or underscores, starting with a letter or digit.",
  },
  "service.observabilityConfigurationArn": {
    blank: "Choose the observability configuration that turns tracing on.",
    "*": "Choose an observability configuration from the list.",
  },
  "service.kmsKey": {
    blank: "Enter the ARN of your KMS key.",
    "*": "Enter a KMS key ARN such as arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab.",
  },
  "service.tags": {
    "tag-limit": (v) =>
      `App Runner allows at most ${MAX_TAGS} tags on a service; remove ${v.service.tags.length - MAX_TAGS}.`,
  },
  "service.tags.N.key": {
    blank: (_, row) => `Enter a key for tag ${row + 1}, or remove the row.`,
    "tag-key-reserved": "Tag keys starting with aws: are reserved for AWS.",
    length: (_, row) => `Tag key ${row + 1} is too long.`,
    "*": (_, row) => `Tag key ${row + 1} can't contain a line break.`,
  },
  "service.tags.N.value": {
    "*": (v, row) => `The value of tag ${v.service.tags[row]?.key || row + 1} is too long.`,
  },
};

function valueAt(values: WizardValues, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>(
      (node, key) =>
        typeof node === "object" && node !== null
          ? (node as Record<string, unknown>)[key]
          : undefined,
      values,
    );
}

function isBlank(value: unknown): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

/**
 * The sentence for an API issue at a form field, or undefined to keep AWS's own. An empty field
 * gets its `blank` wording whichever rule the empty value broke (a length, a pattern, a rule).
 */
export function formMessage(
  field: string,
  rule: RuleCode,
  values: WizardValues,
): string | undefined {
  const row = /\.(\d+)(\.|$)/.exec(field);
  const messages = MESSAGES[field.replace(/\.\d+(?=\.|$)/, ".N")];
  if (!messages) return undefined;
  const message =
    (isBlank(valueAt(values, field)) ? messages.blank : undefined) ??
    messages[rule] ??
    messages["*"];
  return typeof message === "function" ? message(values, Number(row?.[1] ?? 0)) : message;
}
