import "server-only";

import { ListTagsForResourceCommand } from "@aws-sdk/client-apprunner";

import { getAppRunnerClient } from "@/lib/apprunner/client";
import { toApiError } from "@/lib/apprunner/errors";

import { toWire, type WireTag } from "./wire";

/**
 * The service's tags. DescribeService leaves them out, so the page, Export JSON and Duplicate
 * read them here; without this a duplicate would lose tags that change how it deploys.
 */
export async function loadServiceTags(arn: string): Promise<WireTag[]> {
  try {
    const out = await getAppRunnerClient().send(
      new ListTagsForResourceCommand({ ResourceArn: arn }),
    );
    return toWire(out.Tags ?? []);
  } catch (error) {
    // A service gone from App Runner has no tags left to show.
    if (toApiError(error).kind === "not-found") return [];
    throw error;
  }
}
