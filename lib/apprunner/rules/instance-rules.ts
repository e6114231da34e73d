import {
  cpuLabel,
  DEFAULT_INSTANCE,
  memoryLabel,
  memoryOptionsFor,
  normalizeCpu,
  normalizeMemory,
} from "../constants";
import type { InstanceConfiguration } from "../schema/shapes.generated";
import type { ApiIssue } from "./api-issue";

const CPU_PATH = "InstanceConfiguration.Cpu";
const MEMORY_PATH = "InstanceConfiguration.Memory";

function allowed(memories: readonly string[]): string {
  const labels = memories.map(memoryLabel);
  return labels.length <= 1
    ? (labels[0] ?? "nothing")
    : `${labels.slice(0, -1).join(", ")} or ${labels.at(-1)}`;
}

/** The message when a CPU and a memory are each valid but not together; undefined if fine. */
function cpuMemoryPairMessage(cpu: string, memory: string): string | undefined {
  const memories = memoryOptionsFor(cpu);
  const m = normalizeMemory(memory);
  if (!memories.length || m === undefined || memories.includes(m)) return undefined;
  return `Cpu '${cpu}' and Memory '${memory}' are not a valid pair: ${cpuLabel(cpu)} allows ${allowed(memories)}`;
}

/**
 * Cpu and Memory in App Runner's exact spellings (the model's pattern lets `0x25 vCPU` through)
 * and as a valid pair. `create` fills a missing one with the default (1 vCPU / 2 GB), as
 * App Runner does; on update a missing one keeps the service's current value, which only the
 * server knows, so the pair is checked only when both are given.
 */
export function instanceIssues(
  instance: InstanceConfiguration,
  operation: "create" | "update",
): ApiIssue[] {
  const issues: ApiIssue[] = [];
  const { Cpu: cpu, Memory: memory } = instance;
  if (cpu !== undefined && normalizeCpu(cpu) === undefined)
    issues.push({
      path: CPU_PATH,
      rule: "cpu-value",
      message: `Cpu must be one of 256, 512, 1024, 2048, 4096 or 0.25, 0.5, 1, 2, 4 vCPU (exact spelling), not '${cpu}'`,
    });
  if (memory !== undefined && normalizeMemory(memory) === undefined)
    issues.push({
      path: MEMORY_PATH,
      rule: "memory-value",
      message: `Memory must be one of 512, 1024, 2048, 3072, 4096, 6144, 8192, 10240, 12288 or 0.5, 1, 2, 3, 4, 6, 8, 10, 12 GB (exact spelling), not '${memory}'`,
    });
  if (issues.length) return issues;
  if (operation === "update" && (cpu === undefined || memory === undefined)) return issues;

  if (cpu !== undefined && memory !== undefined) {
    const message = cpuMemoryPairMessage(cpu, memory);
    if (message) issues.push({ path: MEMORY_PATH, rule: "cpu-memory-pair", message });
    return issues;
  }
  // Create with one of the two missing: App Runner fills in its default for it.
  const effectiveCpu = cpu ?? DEFAULT_INSTANCE.Cpu;
  const memories = memoryOptionsFor(effectiveCpu);
  const effectiveMemory = normalizeMemory(memory ?? DEFAULT_INSTANCE.Memory);
  if (effectiveMemory === undefined || memories.includes(effectiveMemory)) return issues;
  issues.push(
    cpu === undefined
      ? {
          path: MEMORY_PATH,
          rule: "cpu-memory-pair",
          message: `The default Cpu (${cpuLabel(effectiveCpu)}) and Memory '${memory}' are not a valid pair: ${cpuLabel(effectiveCpu)} allows ${allowed(memories)} (set Cpu too)`,
        }
      : {
          path: CPU_PATH,
          rule: "cpu-memory-pair",
          message: `Cpu '${cpu}' and the default Memory (${memoryLabel(DEFAULT_INSTANCE.Memory)}) are not a valid pair: ${cpuLabel(cpu)} allows ${allowed(memories)} (set Memory too)`,
        },
  );
  return issues;
}
