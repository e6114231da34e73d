/**
 * App Runner's choices and defaults as data (browser-safe: the wizard offers these, the rules
 * check against them, the emulator fills them in). Sources: the model and FACTS.md.
 */
// Types only (erased at build): every wizard step's first load carries this module, and a value
// import would bring the whole generated enums module (every enum and range) with it.
import type { Runtime } from "./schema/shapes.generated";

export type CpuOption = { value: string; label: string };
export type MemoryOption = { value: string; label: string };
export type CpuMemoryPair = { cpu: string; memory: string; label: string };

/** API value (what responses carry) and the other spelling the API accepts. */
export const CPU_OPTIONS = [
  { value: "256", label: "0.25 vCPU" },
  { value: "512", label: "0.5 vCPU" },
  { value: "1024", label: "1 vCPU" },
  { value: "2048", label: "2 vCPU" },
  { value: "4096", label: "4 vCPU" },
] as const satisfies readonly CpuOption[];

export const MEMORY_OPTIONS = [
  { value: "512", label: "0.5 GB" },
  { value: "1024", label: "1 GB" },
  { value: "2048", label: "2 GB" },
  { value: "3072", label: "3 GB" },
  { value: "4096", label: "4 GB" },
  { value: "6144", label: "6 GB" },
  { value: "8192", label: "8 GB" },
  { value: "10240", label: "10 GB" },
  { value: "12288", label: "12 GB" },
] as const satisfies readonly MemoryOption[];

const VALID_MEMORY_BY_CPU: Readonly<Record<string, readonly string[]>> = {
  "256": ["512", "1024"],
  "512": ["1024"],
  "1024": ["2048", "3072", "4096"],
  "2048": ["4096", "6144"],
  "4096": ["8192", "10240", "12288"],
};

function labelOf(options: readonly { value: string; label: string }[], value: string): string {
  return options.find((o) => o.value === value)?.label ?? value;
}

/** Every combination App Runner accepts, in the order a picker should list them. */
export const CPU_MEMORY_PAIRS: readonly CpuMemoryPair[] = CPU_OPTIONS.flatMap((cpu) =>
  (VALID_MEMORY_BY_CPU[cpu.value] ?? []).map((memory) => ({
    cpu: cpu.value,
    memory,
    label: `${cpu.label} · ${labelOf(MEMORY_OPTIONS, memory)}`,
  })),
);

/** "1 vCPU" or "1024" → "1024"; anything App Runner would not accept → undefined. */
export function normalizeCpu(cpu: string): string | undefined {
  return CPU_OPTIONS.find((o) => o.value === cpu || o.label === cpu)?.value;
}

/** "3 GB" or "3072" → "3072"; anything App Runner would not accept → undefined. */
export function normalizeMemory(memory: string): string | undefined {
  return MEMORY_OPTIONS.find((o) => o.value === memory || o.label === memory)?.value;
}

export function cpuLabel(cpu: string): string {
  return labelOf(CPU_OPTIONS, normalizeCpu(cpu) ?? cpu);
}

export function memoryLabel(memory: string): string {
  return labelOf(MEMORY_OPTIONS, normalizeMemory(memory) ?? memory);
}

/** Memory values (API spelling) allowed with a CPU value in either spelling; [] if the CPU is invalid. */
export function memoryOptionsFor(cpu: string): readonly string[] {
  const value = normalizeCpu(cpu);
  return value === undefined ? [] : (VALID_MEMORY_BY_CPU[value] ?? []);
}

export function isValidCpuMemoryPair(cpu: string, memory: string): boolean {
  const m = normalizeMemory(memory);
  return m !== undefined && memoryOptionsFor(cpu).includes(m);
}

/**
 * The managed runtimes for code repositories with their labels, in the order a picker lists
 * them. Typed as a record over the model's `Runtime`, so the compiler holds the keys to exactly
 * the model's enum: a runtime the model adds fails the typecheck until it has a label here.
 */
export const RUNTIME_LABELS: Readonly<Record<Runtime, string>> = {
  PYTHON_3: "Python 3",
  PYTHON_311: "Python 3.11",
  NODEJS_12: "Node.js 12",
  NODEJS_14: "Node.js 14",
  NODEJS_16: "Node.js 16",
  NODEJS_18: "Node.js 18",
  NODEJS_22: "Node.js 22",
  CORRETTO_8: "Corretto 8",
  CORRETTO_11: "Corretto 11",
  GO_1: "Go 1",
  DOTNET_6: ".NET 6",
  PHP_81: "PHP 8.1",
  RUBY_31: "Ruby 3.1",
};

/** The managed runtimes, exactly the model's `Runtime` enum (the keys above). */
export const RUNTIMES = Object.keys(RUNTIME_LABELS) as readonly Runtime[];

/** `PORT` and names starting `AWSAPPRUNNER` are App Runner's own; plain and secret maps alike. */
export const RESERVED_ENV_NAME = /^(?:PORT$|AWSAPPRUNNER)/;
export const RESERVED_ENV_NAME_RULE =
  "PORT and names starting with AWSAPPRUNNER are reserved by App Runner";

export function isReservedEnvName(name: string): boolean {
  return RESERVED_ENV_NAME.test(name);
}

/** Variables and secrets together, per source configuration (as users report it). */
export const MAX_ENV_VARS = 50;

export const HEALTH_CHECK_DEFAULTS = {
  Protocol: "TCP",
  Path: "/",
  Interval: 5,
  Timeout: 2,
  HealthyThreshold: 1,
  UnhealthyThreshold: 5,
} as const;

export const DEFAULT_PORT = "8080";

export const DEFAULT_INSTANCE = { Cpu: "1024", Memory: "2048" } as const;

export const DEFAULT_AUTO_SCALING = {
  AutoScalingConfigurationName: "DefaultConfiguration",
  AutoScalingConfigurationRevision: 1,
  MaxConcurrency: 100,
  MinSize: 1,
  MaxSize: 25,
} as const;

export const DEFAULT_NETWORK = {
  EgressType: "DEFAULT",
  IsPubliclyAccessible: true,
  IpAddressType: "IPV4",
} as const;
