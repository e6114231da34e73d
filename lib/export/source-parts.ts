import type { CreateServiceCommandInput } from "@aws-sdk/client-apprunner";

// Types only: the exports run in the browser too (the wizard's review), without the SDK.

/**
 * What the container runs, from either kind of source: an image's ImageConfiguration or a code
 * repository's CodeConfigurationValues hold the same four settings.
 */
export type RunSettings = {
  port?: string;
  startCommand?: string;
  env: [string, string][];
  secrets: [string, string][];
};

/** A map's entries sorted by name, so the same service always exports the same bytes. */
export function sortedEntries(map: Record<string, string> | undefined): [string, string][] {
  return Object.entries(map ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

export function runSettings(input: CreateServiceCommandInput): RunSettings {
  const source = input.SourceConfiguration;
  const values =
    source?.ImageRepository?.ImageConfiguration ??
    source?.CodeRepository?.CodeConfiguration?.CodeConfigurationValues;
  return {
    port: values?.Port || undefined,
    startCommand: values?.StartCommand || undefined,
    env: sortedEntries(values?.RuntimeEnvironmentVariables),
    secrets: sortedEntries(values?.RuntimeEnvironmentSecrets),
  };
}

/** App Runner takes "1 vCPU" or "1024"; ECS wants CPU units. */
export function cpuUnits(cpu: string | undefined): string | undefined {
  if (!cpu) return undefined;
  const vcpu = /^([\d.]+)\s*vCPU$/i.exec(cpu.trim());
  return vcpu ? String(Math.round(Number(vcpu[1]) * 1024)) : cpu.trim();
}

/** App Runner takes "3 GB" or "3072"; ECS wants MiB. */
export function memoryMiB(memory: string | undefined): string | undefined {
  if (!memory) return undefined;
  const gb = /^([\d.]+)\s*GB$/i.exec(memory.trim());
  return gb ? String(Math.round(Number(gb[1]) * 1024)) : memory.trim();
}

/** The name a resource ARN ends with (`…/name/revision/id` → `name`), for labels and file names. */
export function arnResourceName(arn: string): string {
  return arn.split("/")[1] ?? arn;
}
