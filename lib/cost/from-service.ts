import type { WireService } from "@/lib/apprunner/watch/wire";
import {
  DEFAULT_AUTO_SCALING,
  DEFAULT_INSTANCE,
  normalizeCpu,
  normalizeMemory,
} from "@/lib/apprunner/constants";

import type { EstimateInput } from "./estimate";

/** The instance counts of the service's auto scaling configuration, when they could be read. */
export type ScalingSizes = { minSize: number; maxSize: number };

/** A live service (DescribeService's shape) → what the estimate prices. */
export function estimateInputOf(
  service: WireService,
  sizes: ScalingSizes | undefined,
): EstimateInput {
  const instance = service.InstanceConfiguration;
  return {
    // arn:aws:apprunner:REGION:account:service/name/id
    region: service.ServiceArn?.split(":")[3] || undefined,
    cpu: normalizeCpu(instance?.Cpu ?? "") ?? DEFAULT_INSTANCE.Cpu,
    memory: normalizeMemory(instance?.Memory ?? "") ?? DEFAULT_INSTANCE.Memory,
    minSize: sizes?.minSize ?? DEFAULT_AUTO_SCALING.MinSize,
    maxSize: sizes?.maxSize ?? DEFAULT_AUTO_SCALING.MaxSize,
    source: service.SourceConfiguration?.CodeRepository ? "code" : "image",
    autoDeployments: service.SourceConfiguration?.AutoDeploymentsEnabled ?? false,
  };
}
