import "server-only";

import { toApiError } from "@/lib/apprunner/errors";

import { sdkUpstream } from "./sdk-upstream";
import { snapshotVersion, type ServiceSnapshot } from "./wire";

/** The service and its recent operations, read directly (first page load, stream fallback). */
export async function loadServiceSnapshot(arn: string): Promise<ServiceSnapshot> {
  const [service, operations] = await Promise.all([
    sdkUpstream.describeService(arn),
    sdkUpstream.listOperations(arn).catch((error: unknown) => {
      // A deleted service still describes; its operations may already be gone.
      if (toApiError(error).kind === "not-found") return [];
      throw error;
    }),
  ]);
  return { service, operations, version: snapshotVersion(service, operations) };
}
