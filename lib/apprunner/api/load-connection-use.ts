import "server-only";

import type { ConnectionSummary } from "@aws-sdk/client-apprunner";

import { findConnection } from "./connections";
import { loadServiceReferences, type ServiceReference } from "./load-service-references";

/** A connection and the live services with what they use (App Runner won't delete it while in use). */
export async function loadConnectionUse(
  name: string,
): Promise<{ connection: ConnectionSummary; services: ServiceReference[] } | undefined> {
  const [connection, services] = await Promise.all([findConnection(name), loadServiceReferences()]);
  return connection && { connection, services };
}
