import type { Service } from "@aws-sdk/client-apprunner";

import type { WireService, WireTag } from "@/lib/apprunner/watch/wire";

import { fromService } from "./from-service";
import type { WizardValues } from "./wizard-values";

/**
 * A service's whole configuration as form values: DescribeService's Service plus its tags,
 * which DescribeService leaves out. History diffs and restores, and the edit screen starts, from this.
 */
export function serviceToValues(service: WireService, tags: readonly WireTag[]): WizardValues {
  // fromService reads no dates, so the JSON form (dates as strings) maps the same.
  const values = fromService(service as unknown as Service);
  values.service.tags = tags.map((t) => ({ key: t.Key ?? "", value: t.Value ?? "" }));
  return values;
}
