/** The CPU and memory App Runner accepts, alone and in pairs, in both spellings. */
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

/**
 * Every combination App Runner accepts, in the order a picker should list them: the one list of
 * valid pairs. Written out as data rather than built from the options above, because a call at
 * the top level counts as a side effect and would keep this module in every bundle that imports
 * constants.ts for anything else.
 */
export const CPU_MEMORY_PAIRS: readonly CpuMemoryPair[] = [
  { cpu: "256", memory: "512", label: "0.25 vCPU · 0.5 GB" },
  { cpu: "256", memory: "1024", label: "0.25 vCPU · 1 GB" },
  { cpu: "512", memory: "1024", label: "0.5 vCPU · 1 GB" },
  { cpu: "1024", memory: "2048", label: "1 vCPU · 2 GB" },
  { cpu: "1024", memory: "3072", label: "1 vCPU · 3 GB" },
  { cpu: "1024", memory: "4096", label: "1 vCPU · 4 GB" },
  { cpu: "2048", memory: "4096", label: "2 vCPU · 4 GB" },
  { cpu: "2048", memory: "6144", label: "2 vCPU · 6 GB" },
  { cpu: "4096", memory: "8192", label: "4 vCPU · 8 GB" },
  { cpu: "4096", memory: "10240", label: "4 vCPU · 10 GB" },
  { cpu: "4096", memory: "12288", label: "4 vCPU · 12 GB" },
];

function labelOf(options: readonly { value: string; label: string }[], value: string): string {
  return options.find((o) => o.value === value)?.label ?? value;
}

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
  return CPU_MEMORY_PAIRS.filter((p) => p.cpu === value).map((p) => p.memory);
}

export function isValidCpuMemoryPair(cpu: string, memory: string): boolean {
  const m = normalizeMemory(memory);
  return m !== undefined && memoryOptionsFor(cpu).includes(m);
}
