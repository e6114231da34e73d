import { listObservabilityConfigurations } from "@/lib/apprunner/api/list-observability-configurations";
import { respondJson } from "@/lib/apprunner/api/respond-json";
import type { ObservabilityItem } from "@/lib/apprunner/form/picker-items";

export const dynamic = "force-dynamic";

export function GET(): Promise<Response> {
  return respondJson(async (): Promise<ObservabilityItem[]> =>
    (await listObservabilityConfigurations()).map((s) => ({
      arn: s.ObservabilityConfigurationArn ?? "",
      name: s.ObservabilityConfigurationName ?? "",
      revision: s.ObservabilityConfigurationRevision ?? 1,
    })),
  );
}
