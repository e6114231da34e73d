import { describeCustomDomains } from "@/lib/apprunner/api/custom-domains";
import { respondJson } from "@/lib/apprunner/api/respond-json";
import { ownServiceArn } from "@/lib/apprunner/watch/own-service-arn";
import { toWire } from "@/lib/apprunner/watch/wire";
import { refuseUnlessSignedIn } from "@/lib/audit/route-guards";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The service's custom domains (DescribeCustomDomains), which the live stream does not carry. */
export async function GET(request: Request): Promise<Response> {
  const unsigned = await refuseUnlessSignedIn();
  if (unsigned) return unsigned;
  const checked = await ownServiceArn(
    new URL(request.url).searchParams.get("arn") ?? "",
    "Give the service's ARN as ?arn=.",
  );
  if (!checked.ok) return checked.response;
  const { arn } = checked;
  return respondJson(async () => toWire(await describeCustomDomains(arn)));
}
