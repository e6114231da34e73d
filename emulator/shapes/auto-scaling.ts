import type {
  AutoScalingConfiguration,
  AutoScalingConfigurationSummary,
} from "@/lib/apprunner/schema/shapes.generated";

import type { ResourceStore, ResourceRow } from "../store/resource-store";

/** Stored without HasAssociatedService, which depends on the services using it. */
export type AutoScalingDoc = Omit<AutoScalingConfiguration, "HasAssociatedService">;

export function hasAssociatedService(store: ResourceStore, arn: string): boolean {
  return store.linkedTo(arn, "service").some((s) => s.status !== "DELETED");
}

export function toAutoScaling(row: ResourceRow, store: ResourceStore): AutoScalingConfiguration {
  const doc = JSON.parse(row.doc) as AutoScalingDoc;
  return { ...doc, HasAssociatedService: hasAssociatedService(store, row.arn) };
}

export function toAutoScalingSummary(
  config: AutoScalingConfiguration | AutoScalingDoc,
  hasService: boolean,
): AutoScalingConfigurationSummary {
  return {
    AutoScalingConfigurationArn: config.AutoScalingConfigurationArn,
    AutoScalingConfigurationName: config.AutoScalingConfigurationName,
    AutoScalingConfigurationRevision: config.AutoScalingConfigurationRevision,
    Status: config.Status,
    CreatedAt: config.CreatedAt,
    HasAssociatedService: hasService,
    IsDefault: config.IsDefault,
  };
}
