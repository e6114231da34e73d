import { listOperationsPage } from "@/lib/apprunner/api/list-operations-page";
import { respondJson } from "@/lib/apprunner/api/respond-json";
import { ownServiceArn } from "@/lib/apprunner/watch/own-service-arn";
import { refuseUnlessSignedIn } from "@/lib/audit/route-guards";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * One page of the service's operations (ListOperations), for reading history older than the
 * live snapshot's first page: `?arn=<service ARN>` for the first page, `&nextToken=` for the next.
 */
export async function GET(request: Request): Promise<Response> {
  const unsigned = await refuseUnlessSignedIn();
  if (unsigned) return unsigned;
  const params = new URL(request.url).searchParams;
  const nextToken = params.get("nextToken") || undefined;
  const checked = await ownServiceArn(
    params.get("arn") ?? "",
    "Give the service's ARN as ?arn=, and a page's nextToken to read the next.",
  );
  if (!checked.ok) return checked.response;
  const { arn } = checked;
  return respondJson(() => listOperationsPage(arn, nextToken));
}
