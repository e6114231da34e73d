import { describeCustomDomains } from "@/lib/apprunner/api/custom-domains";
import { badRequestResponse } from "@/lib/apprunner/api/failure-response";
import { respondJson } from "@/lib/apprunner/api/respond-json";
import { parseServiceArn } from "@/lib/apprunner/watch/service-arn";
import { toWire } from "@/lib/apprunner/watch/wire";
import { refuseUnlessSignedIn } from "@/lib/audit/route-guards";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The service's custom domains (DescribeCustomDomains), which the live stream does not carry. */
export async function GET(request: Request): Promise<Response> {
  const unsigned = await refuseUnlessSignedIn();
  if (unsigned) return unsigned;
  const arn = new URL(request.url).searchParams.get("arn") ?? "";
  if (!parseServiceArn(arn)) return badRequestResponse("Give the service's ARN as ?arn=.");
  return respondJson(async () => toWire(await describeCustomDomains(arn)));
}
