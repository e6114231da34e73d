import { CPU_MEMORY_PAIRS, type CpuMemoryPair } from "@/lib/apprunner/constants";

export function findInstanceSize(cpu: string, memory: string): CpuMemoryPair | undefined {
  return CPU_MEMORY_PAIRS.find((p) => p.cpu === cpu && p.memory === memory);
}
