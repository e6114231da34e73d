import { getWatchHub } from "@/lib/apprunner/watch/get-watch-hub";
import { loadServiceSnapshot } from "@/lib/apprunner/watch/load-service-snapshot";
import { parseServiceArn } from "@/lib/apprunner/watch/service-arn";

import { apiErrorResponse } from "../api-error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The service's current state: what the live page polls when its stream is unavailable. */
export async function GET(request: Request): Promise<Response> {
  const arn = new URL(request.url).searchParams.get("arn") ?? "";
  if (!parseServiceArn(arn)) {
    return Response.json({ message: "Give the service's ARN as ?arn=." }, { status: 400 });
  }
  try {
    // A running loop already knows the state; asking again would only add upstream calls.
    const snapshot = getWatchHub().peek(arn) ?? (await loadServiceSnapshot(arn));
    return Response.json(snapshot, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return apiErrorResponse(error);
  }
}
