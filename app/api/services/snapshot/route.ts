import { loadServiceSnapshot } from "@/lib/apprunner/api/load-service-snapshot";
import { respondJson } from "@/lib/apprunner/api/respond-json";
import { getWatchHub } from "@/lib/apprunner/watch/get-watch-hub";
import { ownServiceArn } from "@/lib/apprunner/watch/own-service-arn";
import { rememberGone } from "@/lib/apprunner/watch/service-existence";
import { refuseUnlessSignedIn } from "@/lib/audit/route-guards";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The service's current state: what the live page polls when its stream is unavailable. */
export async function GET(request: Request): Promise<Response> {
  const unsigned = await refuseUnlessSignedIn();
  if (unsigned) return unsigned;
  const checked = await ownServiceArn(
    new URL(request.url).searchParams.get("arn") ?? "",
    "Give the service's ARN as ?arn=.",
  );
  if (!checked.ok) return checked.response;
  const { arn } = checked;
  // A running loop already knows the state; asking again would only add upstream calls.
  return respondJson(
    async () =>
      getWatchHub().peek(arn) ?? (await rememberGone(arn, () => loadServiceSnapshot(arn))),
  );
}
