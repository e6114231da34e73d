import "server-only";

import type { ServiceSummary } from "@aws-sdk/client-apprunner";

import { listServices } from "./list-services";

/** The live (not deleted) service with this name, if any. */
export async function findServiceByName(name: string): Promise<ServiceSummary | undefined> {
  const services = await listServices();
  return services.find((s) => s.ServiceName === name && s.Status !== "DELETED");
}
