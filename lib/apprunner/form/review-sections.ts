import { CPU_MEMORY_PAIRS, RUNTIME_LABELS } from "@/lib/apprunner/constants";

import { STEPS, type Step } from "./steps";
import { usesRepositoryConfig } from "./to-create-service-input";
import type { WizardValues } from "./wizard-values";

export type ReviewRow = {
  label: string;
  value: string;
  /** App Runner never lets this change after the service is created. */
  permanent?: boolean;
  /** The form field the row shows, for notes that belong to that field. */
  field?: string;
};
export type ReviewSection = { step: Step; rows: ReviewRow[] };

const step = (id: Step["id"]) => STEPS.find((s) => s.id === id)!;
const orNone = (value: string, none = "None") => (value.trim() ? value.trim() : none);

/**
 * A resource ARN as the service page names it: `…:autoscalingconfiguration/busy/3/<id>` →
 * "busy (revision 3)", `…:connection/gh/<id>` → "gh". Anything else (an import may hold any
 * text) is shown as it is.
 */
function resourceName(arn: string): string {
  const [, name, revision, id] =
    /^arn:[^:]+:apprunner:[^/]*\/([^/]+)\/([^/]+)(?:\/([^/]+))?$/.exec(arn) ?? [];
  if (!name) return arn;
  return id ? `${name} (revision ${revision})` : name;
}

const count = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

/** "No variables or secrets", "1 variable", "2 secrets", "1 variable and 2 secrets". */
function envSummary(env: WizardValues["build"]["env"]): string {
  const plain = env.filter((r) => r.kind === "plain").length;
  const secrets = env.length - plain;
  if (env.length === 0) return "No variables or secrets";
  const counts = [
    ...(plain ? [count(plain, "variable")] : []),
    ...(secrets ? [count(secrets, "secret")] : []),
  ];
  return `${counts.join(" and ")}: ${env.map((r) => r.name).join(", ")}`;
}

/** The answers grouped as the steps, in words, for the review page. */
export function reviewSections(values: WizardValues): ReviewSection[] {
  const { source, build, instance, network, healthCheck: hc, service } = values;
  const image = source.type === "image";
  const sourceRows: ReviewRow[] = image
    ? [
        { label: "Repository type", value: "Container image", permanent: true },
        {
          label: "Provider",
          value: source.imageRepositoryType === "ECR" ? "Amazon ECR" : "Amazon ECR Public",
        },
        { label: "Image URI", value: source.imageIdentifier },
        ...(source.imageRepositoryType === "ECR"
          ? [{ label: "ECR access role", value: source.accessRoleArn }]
          : []),
      ]
    : [
        { label: "Repository type", value: "Source code", permanent: true },
        { label: "Connection", value: resourceName(source.connectionArn) },
        { label: "Repository URL", value: source.repositoryUrl },
        { label: "Branch", value: source.branch },
        { label: "Source directory", value: orNone(source.sourceDirectory, "Repository root") },
      ];
  sourceRows.push({
    label: "Deployment trigger",
    value: source.autoDeployments ? "Automatic" : "Manual",
  });

  const buildRows: ReviewRow[] = usesRepositoryConfig(values)
    ? [{ label: "Configuration", value: "apprunner.yaml in the repository" }]
    : [
        ...(image
          ? []
          : [
              { label: "Configuration", value: "Set here" },
              {
                label: "Runtime",
                value: build.runtime ? RUNTIME_LABELS[build.runtime] : "Not chosen",
              },
              { label: "Build command", value: orNone(build.buildCommand) },
            ]),
        {
          label: "Start command",
          value: orNone(build.startCommand, image ? "The image's own" : "None"),
        },
        { label: "Port", value: build.port },
        { label: "Environment", value: envSummary(build.env) },
      ];

  return [
    { step: step("source"), rows: sourceRows },
    { step: step("build"), rows: buildRows },
    {
      step: step("instance"),
      rows: [
        {
          label: "CPU and memory",
          value:
            CPU_MEMORY_PAIRS.find((s) => s.cpu === instance.cpu && s.memory === instance.memory)
              ?.label ?? `${instance.cpu} CPU units · ${instance.memory} MB`,
        },
        { label: "Instance role", value: orNone(instance.instanceRoleArn) },
        {
          label: "Auto scaling",
          value:
            instance.autoScaling === "default" ? "Default" : resourceName(instance.autoScalingArn),
        },
      ],
    },
    {
      step: step("network"),
      rows: [
        {
          label: "Incoming",
          value: network.ingress === "public" ? "Public endpoint" : "Private endpoint",
        },
        {
          label: "Outgoing",
          value:
            network.egressType === "VPC"
              ? `VPC connector ${resourceName(network.vpcConnectorArn)}`
              : "Public internet",
        },
        {
          label: "IP address type",
          value: network.ipAddressType === "IPV4" ? "IPv4" : "Dual-stack",
        },
      ],
    },
    {
      step: step("health-check"),
      rows: [
        { label: "Protocol", value: hc.protocol === "HTTP" ? `HTTP ${hc.path}` : "TCP" },
        { label: "Interval", value: `${hc.interval ?? "?"} s` },
        { label: "Timeout", value: `${hc.timeout ?? "?"} s` },
        { label: "Healthy threshold", value: String(hc.healthyThreshold ?? "?") },
        { label: "Unhealthy threshold", value: String(hc.unhealthyThreshold ?? "?") },
      ],
    },
    {
      step: step("service"),
      rows: [
        { label: "Name", value: service.name, permanent: true, field: "service.name" },
        {
          label: "Tracing",
          value: service.tracing
            ? `On (${resourceName(service.observabilityConfigurationArn)})`
            : "Off",
        },
        {
          label: "Encryption",
          value: service.encryption === "kms" ? `KMS key ${service.kmsKey}` : "AWS-owned key",
          permanent: true,
        },
        {
          label: "Tags",
          value: service.tags.length
            ? service.tags.map((t) => `${t.key}=${t.value}`).join(", ")
            : "None",
        },
      ],
    },
  ];
}
