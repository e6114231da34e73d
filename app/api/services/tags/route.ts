import { listServiceTags } from "@/lib/apprunner/api/list-service-tags";
import { respondJson } from "@/lib/apprunner/api/respond-json";
import { ownServiceArn } from "@/lib/apprunner/watch/own-service-arn";
import { readExistingService } from "@/lib/apprunner/watch/service-existence";
import { toWire, type ServiceTags } from "@/lib/apprunner/watch/wire";
import { refuseUnlessSignedIn } from "@/lib/audit/route-guards";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The service's tags (ListTagsForResource), which DescribeService does not return. */
export async function GET(request: Request): Promise<Response> {
  const unsigned = await refuseUnlessSignedIn();
  if (unsigned) return unsigned;
  const checked = await ownServiceArn(
    new URL(request.url).searchParams.get("arn") ?? "",
    "Give the service's ARN as ?arn=.",
  );
  if (!checked.ok) return checked.response;
  const { arn } = checked;
  // ListTagsForResource alone answers "no tags" for a service that doesn't exist.
  return respondJson(async (): Promise<ServiceTags> => ({
    tags: toWire(await readExistingService(arn, () => listServiceTags(arn))),
  }));
}
