import "server-only";

import type { Service, ServiceSummary } from "@aws-sdk/client-apprunner";

import { fromService } from "@/lib/apprunner/form/from-service";
import { countChanges, diffValues } from "@/lib/apprunner/form/service-diff";
import type { WizardValues } from "@/lib/apprunner/form/wizard-values";

import { describeService } from "./describe-service";
import { listServices } from "./list-services";

/**
 * The live (not deleted) service with this name, if any. Undefined only after App Runner
 * answered the whole listing; when it doesn't answer, this throws: "no answer" is not "none".
 */
export async function findServiceByName(name: string): Promise<ServiceSummary | undefined> {
  const services = await listServices();
  return services.find((s) => s.ServiceName === name && s.Status !== "DELETED");
}

/** A service counts as made by a create that was sent this long before it appeared, at most. */
const JUST_CREATED_MS = 5 * 60_000;
/** App Runner's clock and ours may differ a little. */
const CLOCK_SKEW_MS = 60_000;

/**
 * Whether a create whose answer never came made its service: `ours` (the named service is new
 * and has the configuration that was sent), `absent` (App Runner listed every service and none
 * has the name), `taken` (one has it, but older or configured otherwise: someone else's), or
 * `unknown` (App Runner didn't answer the lookup either).
 */
export type CreatedLookup =
  { kind: "ours"; service: Service } | { kind: "absent" } | { kind: "taken" } | { kind: "unknown" };

export async function findCreatedService(
  values: WizardValues,
  sentAt: number,
): Promise<CreatedLookup> {
  let service: Service;
  try {
    const summary = await findServiceByName(values.service.name);
    if (!summary?.ServiceArn) return { kind: "absent" };
    service = await describeService(summary.ServiceArn);
  } catch {
    return { kind: "unknown" };
  }
  const createdAt = service.CreatedAt?.getTime() ?? 0;
  const recent = createdAt >= sentAt - CLOCK_SKEW_MS && Date.now() - createdAt < JUST_CREATED_MS;
  return recent && sameConfiguration(values, service)
    ? { kind: "ours", service }
    : { kind: "taken" };
}

/** DescribeService leaves tags out, so only the rest is compared, as App Runner received it. */
function sameConfiguration(values: WizardValues, service: Service): boolean {
  const sent = { ...values, service: { ...values.service, tags: [] } };
  return countChanges(diffValues(sent, fromService(service))) === 0;
}
