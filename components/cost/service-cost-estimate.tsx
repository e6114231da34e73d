import { describeAutoScalingConfiguration } from "@/lib/apprunner/api/auto-scaling-configurations";
import type { WireService } from "@/lib/apprunner/watch/wire";
import { assumptionsKey } from "@/lib/cost/assumption-storage";
import { estimateInputOf, type ScalingSizes } from "@/lib/cost/from-service";

import { CostEstimateCard } from "./cost-estimate-card";

async function readSizes(arn: string | undefined): Promise<ScalingSizes | undefined> {
  if (!arn) return undefined;
  try {
    const config = await describeAutoScalingConfiguration(arn);
    if (config.MinSize === undefined || config.MaxSize === undefined) return undefined;
    return { minSize: config.MinSize, maxSize: config.MaxSize };
  } catch {
    // The estimate is a side section: without the sizes it says so and uses the defaults.
    return undefined;
  }
}

/**
 * The service page's estimate. DescribeService names the auto scaling configuration but not its
 * MinSize and MaxSize, so they are read here (on the server, after the page's own data).
 */
export async function ServiceCostEstimate({ service }: { service: WireService }) {
  const summary = service.AutoScalingConfigurationSummary;
  const sizes = await readSizes(summary?.AutoScalingConfigurationArn);
  const input = estimateInputOf(service, sizes);
  const name = summary?.AutoScalingConfigurationName ?? "its auto scaling configuration";
  const scalingNote = sizes
    ? `Instances: ${input.minSize}–${input.maxSize}, from ${name} (revision ${summary?.AutoScalingConfigurationRevision ?? "?"})`
    : `Instances: ${input.minSize}–${input.maxSize}, App Runner's defaults: the sizes of ${name} could not be read`;
  return (
    <CostEstimateCard
      input={input}
      storageKey={assumptionsKey(service.ServiceArn)}
      scalingNote={scalingNote}
    />
  );
}
