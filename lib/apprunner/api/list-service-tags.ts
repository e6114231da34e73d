import "server-only";

import { ListTagsForResourceCommand, type Tag } from "@aws-sdk/client-apprunner";

import { getAppRunnerClient } from "@/lib/apprunner/client";
import { toAppRunnerFailure } from "@/lib/apprunner/errors";

/**
 * The service's tags. DescribeService leaves them out, so the page, Export JSON and Duplicate
 * read them here; without this a duplicate would lose tags that change how it deploys.
 */
export async function listServiceTags(arn: string): Promise<Tag[]> {
  try {
    const out = await getAppRunnerClient().send(
      new ListTagsForResourceCommand({ ResourceArn: arn }),
    );
    return out.Tags ?? [];
  } catch (error) {
    // A service gone from App Runner has no tags left to show.
    if (toAppRunnerFailure(error).kind === "not-found") return [];
    throw error;
  }
}
