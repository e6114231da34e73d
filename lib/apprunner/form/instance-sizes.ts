import { CPU_MEMORY_PAIRS, type CpuMemoryPair } from "@/lib/apprunner/constants";

/** The select's value for a pair: both API values in one string. */
export function sizeKey(pair: { cpu: string; memory: string }): string {
  return `${pair.cpu}/${pair.memory}`;
}

export function findInstanceSize(cpu: string, memory: string): CpuMemoryPair | undefined {
  return CPU_MEMORY_PAIRS.find((p) => p.cpu === cpu && p.memory === memory);
}
