import { readActiveInstances } from "@/lib/apprunner/api/read-active-instances";
import { respondJson } from "@/lib/apprunner/api/respond-json";
import { ownServiceArn } from "@/lib/apprunner/watch/own-service-arn";
import { parseServiceArn } from "@/lib/apprunner/watch/service-arn";
import { refuseUnlessSignedIn } from "@/lib/audit/route-guards";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** How many instances the service runs (CloudWatch ActiveInstances); `null` when unreadable. */
export async function GET(request: Request): Promise<Response> {
  const unsigned = await refuseUnlessSignedIn();
  if (unsigned) return unsigned;
  const checked = await ownServiceArn(
    new URL(request.url).searchParams.get("arn") ?? "",
    "Give the service's ARN as ?arn=.",
  );
  if (!checked.ok) return checked.response;
  const { name, id } = parseServiceArn(checked.arn)!;
  return respondJson(async () => ({ count: (await readActiveInstances(name, id)) ?? null }));
}
