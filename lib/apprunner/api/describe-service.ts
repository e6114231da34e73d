import "server-only";

import { DescribeServiceCommand, type Service } from "@aws-sdk/client-apprunner";

import { getAppRunnerClient } from "@/lib/apprunner/client";

/** The service's configuration and status (a deleted one still describes, as `DELETED`). */
export async function describeService(arn: string): Promise<Service> {
  const out = await getAppRunnerClient().send(new DescribeServiceCommand({ ServiceArn: arn }));
  if (!out.Service) throw new Error("DescribeService returned no service.");
  return out.Service;
}
