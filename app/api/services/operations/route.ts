import { loadOperationsPage } from "@/lib/apprunner/watch/load-operations-page";
import { parseServiceArn } from "@/lib/apprunner/watch/service-arn";

import { apiErrorResponse } from "../api-error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * One page of the service's operations (ListOperations), for reading history older than the
 * live snapshot's first page: `?arn=<service ARN>` for the first page, `&nextToken=` for the next.
 */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const arn = params.get("arn") ?? "";
  const nextToken = params.get("nextToken") || undefined;
  if (!parseServiceArn(arn)) {
    return Response.json(
      { message: "Give the service's ARN as ?arn=, and a page's nextToken to read the next." },
      { status: 400 },
    );
  }
  try {
    return Response.json(await loadOperationsPage(arn, nextToken), {
      headers: { "Cache-Control": "no-store" },
    });
  } catch (error) {
    return apiErrorResponse(error);
  }
}
