import { applicationLogGroup, readApplicationLog } from "@/lib/apprunner/api/read-application-log";
import { respondJson } from "@/lib/apprunner/api/respond-json";
import { ownServiceArn } from "@/lib/apprunner/watch/own-service-arn";
import { serviceLogGroup } from "@/lib/apprunner/watch/service-arn";
import { refuseUnlessSignedIn } from "@/lib/audit/route-guards";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * The service's application log (`/aws/apprunner/<name>/<id>/application`): every instance's
 * stream merged by time, the newest lines. The page polls it while its tab is open.
 */
export async function GET(request: Request): Promise<Response> {
  const unsigned = await refuseUnlessSignedIn();
  if (unsigned) return unsigned;
  const checked = await ownServiceArn(
    new URL(request.url).searchParams.get("arn") ?? "",
    "Give the service's ARN as ?arn=.",
  );
  if (!checked.ok) return checked.response;
  const group = applicationLogGroup(serviceLogGroup(checked.arn)!);
  return respondJson(async () => ({ lines: await readApplicationLog(group) }));
}
