import "server-only";

import {
  CreateServiceCommand,
  type CreateServiceCommandInput,
  type Service,
} from "@aws-sdk/client-apprunner";

import { getAppRunnerClient } from "@/lib/apprunner/client";

/** Creates the service; App Runner answers at once and the create runs as an operation. */
export async function createService(
  input: CreateServiceCommandInput,
): Promise<Service | undefined> {
  const out = await getAppRunnerClient().send(new CreateServiceCommand(input));
  return out.Service;
}
