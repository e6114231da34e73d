import "server-only";

import { toAppRunnerFailure } from "@/lib/apprunner/errors";
import { fromService } from "@/lib/apprunner/form/from-service";
import { tagIssues } from "@/lib/apprunner/rules/tag-rules";
import type { WizardValues } from "@/lib/apprunner/form/wizard-values";

import { describeService } from "./describe-service";
import { listServiceTags } from "./list-service-tags";

export type DuplicateResult =
  { ok: true; values: WizardValues; sourceName: string } | { ok: false; message: string };

/**
 * A copy of an existing service's configuration and tags, named `<name>-copy` (names are
 * unique). DescribeService does not return tags, so they are read with ListTagsForResource; a
 * copy without them could deploy differently (tags such as `emulator:outcome` steer a deploy),
 * so if they can't be read the copy is refused with the reason rather than made without them.
 */
export async function loadDuplicate(serviceArn: string): Promise<DuplicateResult> {
  try {
    const [service, tags] = await Promise.all([
      describeService(serviceArn),
      listServiceTags(serviceArn),
    ]);
    const values = fromService(service);
    const sourceName = service.ServiceName ?? "";
    values.service.name = `${sourceName}-copy`.slice(0, 40);
    // Keys AWS sets itself (`aws:…`) can't be sent in a request, so a copy can't carry them.
    values.service.tags = tags
      .filter((t) => t.Key && tagIssues([t]).length === 0)
      .map((t) => ({ key: t.Key ?? "", value: t.Value ?? "" }));
    return { ok: true, values, sourceName };
  } catch (error) {
    return { ok: false, message: toAppRunnerFailure(error).message };
  }
}
