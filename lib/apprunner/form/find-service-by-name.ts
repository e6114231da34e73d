import "server-only";

import { ListServicesCommand, type ServiceSummary } from "@aws-sdk/client-apprunner";

import { getAppRunnerClient } from "@/lib/apprunner/client";

import { listPages } from "./list-pages";

/** The live (not deleted) service with this name, if any. ListServices omits deleted ones. */
export async function findServiceByName(name: string): Promise<ServiceSummary | undefined> {
  const client = getAppRunnerClient();
  const services = await listPages(async (NextToken) => {
    const out = await client.send(new ListServicesCommand({ NextToken, MaxResults: 20 }));
    return { items: out.ServiceSummaryList ?? [], nextToken: out.NextToken };
  }, 500);
  return services.find((s) => s.ServiceName === name && s.Status !== "DELETED");
}
