import type { TracingVendor } from "@aws-sdk/client-apprunner";

/** Where App Runner can send a service's traces; "none" is a configuration without tracing. */
export const TRACE_VENDORS = [
  { value: "AWSXRAY", label: "AWS X-Ray" },
] as const satisfies readonly { value: TracingVendor; label: string }[];

export function traceVendorLabel(vendor: string | undefined): string {
  if (!vendor) return "None";
  return TRACE_VENDORS.find((v) => v.value === vendor)?.label ?? vendor;
}
