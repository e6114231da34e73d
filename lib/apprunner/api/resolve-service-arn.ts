import "server-only";

import {
  ListAutoScalingConfigurationsCommand,
  ListServicesCommand,
} from "@aws-sdk/client-apprunner";

import { getAppRunnerClient } from "@/lib/apprunner/client";
import { parseServiceArn } from "@/lib/apprunner/watch/service-arn";

/** `arn:<partition>:apprunner:<region>:<account>:` — the same for every service we can see. */
let prefix: string | undefined;

const PREFIX = /^(arn:aws[a-z-]*:apprunner:[a-z0-9-]+:\d{12}:)/;

/** One sample ARN is enough, so these read one item, not every page. */
async function arnPrefix(): Promise<string | undefined> {
  if (prefix) return prefix;
  const client = getAppRunnerClient();
  const services = await client.send(new ListServicesCommand({ MaxResults: 1 }));
  let sample = services.ServiceSummaryList?.[0]?.ServiceArn;
  // With no services, the account's default auto scaling configuration still names the account.
  if (!sample) {
    const configs = await client.send(new ListAutoScalingConfigurationsCommand({ MaxResults: 1 }));
    sample = configs.AutoScalingConfigurationSummaryList?.[0]?.AutoScalingConfigurationArn;
  }
  prefix = sample ? PREFIX.exec(sample)?.[1] : undefined;
  return prefix;
}

/**
 * The ARN behind the readable address `/services/<name>/<id>`. Built rather than searched for,
 * so a deleted service (no longer listed) still resolves while App Runner describes it.
 */
export async function resolveServiceArn(name: string, id: string): Promise<string | undefined> {
  const start = await arnPrefix();
  if (!start) return undefined;
  const arn = `${start}service/${name}/${id}`;
  return parseServiceArn(arn) ? arn : undefined;
}
