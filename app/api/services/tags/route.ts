import { badRequestResponse } from "@/lib/apprunner/api/failure-response";
import { listServiceTags } from "@/lib/apprunner/api/list-service-tags";
import { respondJson } from "@/lib/apprunner/api/respond-json";
import { parseServiceArn } from "@/lib/apprunner/watch/service-arn";
import { toWire, type ServiceTags } from "@/lib/apprunner/watch/wire";
import { refuseUnlessSignedIn } from "@/lib/audit/route-guards";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The service's tags (ListTagsForResource), which DescribeService does not return. */
export async function GET(request: Request): Promise<Response> {
  const unsigned = await refuseUnlessSignedIn();
  if (unsigned) return unsigned;
  const arn = new URL(request.url).searchParams.get("arn") ?? "";
  if (!parseServiceArn(arn)) return badRequestResponse("Give the service's ARN as ?arn=.");
  return respondJson(async (): Promise<ServiceTags> => ({
    tags: toWire(await listServiceTags(arn)),
  }));
}
