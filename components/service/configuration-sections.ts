import type { WireService, WireTag } from "@/lib/apprunner/watch/wire";

export type ConfigRow = { label: string; value: string | string[] | undefined };
/** The tags as far as they are known: read separately from the service, so they may lag. */
export type TagsState = { tags: WireTag[] } | { note: string };
export type ConfigSection = {
  title: string;
  rows: (service: WireService, tags: TagsState) => ConfigRow[];
};

function tagList(state: TagsState): string | string[] {
  if ("note" in state) return state.note;
  return state.tags.length ? state.tags.map((t) => `${t.Key ?? ""}=${t.Value ?? ""}`) : "None";
}

function envList(map: Record<string, string> | undefined, arrow = "="): string[] | undefined {
  const entries = Object.entries(map ?? {});
  return entries.length ? entries.map(([k, v]) => `${k}${arrow}${v}`) : undefined;
}

function cpu(value: string | undefined): string | undefined {
  const n = Number(value);
  return value && Number.isFinite(n) ? `${n / 1024} vCPU` : value;
}

function memory(value: string | undefined): string | undefined {
  const n = Number(value);
  return value && Number.isFinite(n) ? `${n / 1024} GB` : value;
}

/** The service's configuration, section by section in the wizard's order, as read-only rows. */
export const CONFIGURATION_SECTIONS: ConfigSection[] = [
  {
    title: "Source",
    rows: ({ SourceConfiguration: s }) => {
      const image = s?.ImageRepository;
      const code = s?.CodeRepository;
      return [
        {
          label: "Source type",
          value: image ? "Container image" : code ? "Source code repository" : undefined,
        },
        ...(image
          ? [
              {
                label: "Provider",
                value:
                  image.ImageRepositoryType === "ECR_PUBLIC" ? "Amazon ECR Public" : "Amazon ECR",
              },
              { label: "Image URI", value: image.ImageIdentifier },
              { label: "ECR access role", value: s?.AuthenticationConfiguration?.AccessRoleArn },
            ]
          : []),
        ...(code
          ? [
              { label: "Repository", value: code.RepositoryUrl },
              { label: "Branch", value: code.SourceCodeVersion?.Value },
              { label: "Source directory", value: code.SourceDirectory ?? "/" },
              { label: "Connection", value: s?.AuthenticationConfiguration?.ConnectionArn },
            ]
          : []),
        { label: "Deployment trigger", value: s?.AutoDeploymentsEnabled ? "Automatic" : "Manual" },
      ];
    },
  },
  {
    title: "Build and run",
    rows: ({ SourceConfiguration: s }) => {
      const code = s?.CodeRepository?.CodeConfiguration;
      const values = code?.CodeConfigurationValues;
      const image = s?.ImageRepository?.ImageConfiguration;
      const run = values ?? image;
      return [
        ...(code
          ? [
              {
                label: "Configuration source",
                value:
                  code.ConfigurationSource === "REPOSITORY"
                    ? "apprunner.yaml in the repository"
                    : "Set here (API)",
              },
              { label: "Runtime", value: values?.Runtime },
              { label: "Build command", value: values?.BuildCommand },
            ]
          : []),
        { label: "Start command", value: run?.StartCommand },
        { label: "Port", value: run?.Port },
        { label: "Environment variables", value: envList(run?.RuntimeEnvironmentVariables) },
        { label: "Secrets", value: envList(run?.RuntimeEnvironmentSecrets, " → ") },
      ];
    },
  },
  {
    title: "Instance",
    rows: ({ InstanceConfiguration: i, AutoScalingConfigurationSummary: a }) => [
      { label: "CPU", value: cpu(i?.Cpu) },
      { label: "Memory", value: memory(i?.Memory) },
      { label: "Instance role", value: i?.InstanceRoleArn },
      {
        label: "Auto scaling",
        value: a?.AutoScalingConfigurationName
          ? `${a.AutoScalingConfigurationName} (revision ${a.AutoScalingConfigurationRevision ?? "?"})`
          : undefined,
      },
    ],
  },
  {
    title: "Network",
    rows: ({ NetworkConfiguration: n }) => [
      {
        label: "Incoming traffic",
        value:
          n?.IngressConfiguration?.IsPubliclyAccessible === false
            ? "Private endpoint"
            : "Public endpoint",
      },
      {
        label: "Outgoing traffic",
        value: n?.EgressConfiguration?.EgressType === "VPC" ? "Custom VPC" : "Public internet",
      },
      { label: "VPC connector", value: n?.EgressConfiguration?.VpcConnectorArn },
      {
        label: "IP address type",
        value: n?.IpAddressType === "DUAL_STACK" ? "Dual-stack (IPv4 and IPv6)" : "IPv4",
      },
    ],
  },
  {
    title: "Health check",
    rows: ({ HealthCheckConfiguration: h }) => [
      { label: "Protocol", value: h?.Protocol },
      ...(h?.Protocol === "HTTP" ? [{ label: "Path", value: h.Path }] : []),
      { label: "Interval", value: h?.Interval !== undefined ? `${h.Interval} s` : undefined },
      { label: "Timeout", value: h?.Timeout !== undefined ? `${h.Timeout} s` : undefined },
      { label: "Healthy threshold", value: h?.HealthyThreshold?.toString() },
      { label: "Unhealthy threshold", value: h?.UnhealthyThreshold?.toString() },
    ],
  },
  {
    title: "Service",
    rows: (s, tags) => [
      { label: "Name", value: s.ServiceName },
      { label: "Service ID", value: s.ServiceId },
      { label: "Encryption", value: s.EncryptionConfiguration?.KmsKey ?? "AWS-owned key" },
      {
        label: "Tracing (observability)",
        value: s.ObservabilityConfiguration?.ObservabilityEnabled
          ? `On: ${s.ObservabilityConfiguration.ObservabilityConfigurationArn ?? ""}`
          : "Off",
      },
      { label: "Tags", value: tagList(tags) },
    ],
  },
];
