import "server-only";

import {
  ListOperationsCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateServiceCommand,
  type Service,
  type Tag,
  type UpdateServiceCommandInput,
} from "@aws-sdk/client-apprunner";

import { getAppRunnerClient } from "@/lib/apprunner/client";
import type { TagChanges } from "@/lib/apprunner/form/tag-changes";

import { listAutoScalingConfigurations } from "./auto-scaling-configurations";
import { describeService } from "./describe-service";
import { listServiceTags } from "./list-service-tags";

/** What an edit is a change of: the service as it is now, and its tags. */
export async function loadEditBase(arn: string): Promise<{ service: Service; tags: Tag[] }> {
  const [service, tags] = await Promise.all([describeService(arn), listServiceTags(arn)]);
  return { service, tags };
}

/** The ids of the service's newest operations (one page), to tell a new one apart afterwards. */
export async function recentOperationIds(arn: string): Promise<Set<string>> {
  const out = await getAppRunnerClient().send(new ListOperationsCommand({ ServiceArn: arn }));
  return new Set((out.OperationSummaryList ?? []).flatMap((op) => (op.Id ? [op.Id] : [])));
}

/**
 * After an answer that may or may not have arrived: the UPDATE_SERVICE operation that is not
 * among `before`, if App Runner started one.
 */
export async function findNewUpdateOperation(
  arn: string,
  before: ReadonlySet<string>,
): Promise<string | undefined> {
  const out = await getAppRunnerClient().send(new ListOperationsCommand({ ServiceArn: arn }));
  return out.OperationSummaryList?.find(
    (op) => op.Type === "UPDATE_SERVICE" && op.Id && !before.has(op.Id),
  )?.Id;
}

/** The account's default auto scaling configuration: what "default" means in an update. */
export async function defaultAutoScalingArn(): Promise<string | undefined> {
  const all = await listAutoScalingConfigurations();
  return all.find((c) => c.IsDefault)?.AutoScalingConfigurationArn;
}

/** Tags first: they take effect at once, and the update that follows may depend on them. */
export async function applyTagChanges(arn: string, changes: TagChanges): Promise<void> {
  const client = getAppRunnerClient();
  if (changes.untag.length)
    await client.send(new UntagResourceCommand({ ResourceArn: arn, TagKeys: changes.untag }));
  if (changes.tag.length)
    await client.send(new TagResourceCommand({ ResourceArn: arn, Tags: changes.tag }));
}

/** Starts the UPDATE_SERVICE operation; the service page follows it. */
export async function sendUpdateService(input: UpdateServiceCommandInput): Promise<string> {
  const out = await getAppRunnerClient().send(new UpdateServiceCommand(input));
  return out.OperationId ?? "";
}
