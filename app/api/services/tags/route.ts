import { loadServiceTags } from "@/lib/apprunner/watch/load-service-tags";
import { parseServiceArn } from "@/lib/apprunner/watch/service-arn";
import type { ServiceTags } from "@/lib/apprunner/watch/wire";

import { apiErrorResponse } from "../api-error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The service's tags (ListTagsForResource), which DescribeService does not return. */
export async function GET(request: Request): Promise<Response> {
  const arn = new URL(request.url).searchParams.get("arn") ?? "";
  if (!parseServiceArn(arn)) {
    return Response.json({ message: "Give the service's ARN as ?arn=." }, { status: 400 });
  }
  try {
    const body: ServiceTags = { tags: await loadServiceTags(arn) };
    return Response.json(body, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return apiErrorResponse(error);
  }
}
