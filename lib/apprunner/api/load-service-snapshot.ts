import "server-only";

import { toAppRunnerFailure } from "@/lib/apprunner/errors";
import { snapshotVersion, type ServiceSnapshot } from "@/lib/apprunner/watch/wire";

import { watchUpstream } from "./watch-upstream";

/** The service and its recent operations, read directly (first page load, stream fallback). */
export async function loadServiceSnapshot(arn: string): Promise<ServiceSnapshot> {
  const [service, operations] = await Promise.all([
    watchUpstream.describeService(arn),
    watchUpstream.listOperations(arn).catch((error: unknown) => {
      // A deleted service still describes; its operations may already be gone.
      if (toAppRunnerFailure(error).kind === "not-found") return [];
      throw error;
    }),
  ]);
  return { service, operations, version: snapshotVersion(service, operations) };
}
