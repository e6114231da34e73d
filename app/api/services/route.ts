import { loadServiceList } from "@/lib/apprunner/watch/load-service-list";

import { apiErrorResponse } from "./api-error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Every service (all ListServices pages), each with its source: what the list polls. */
export async function GET(): Promise<Response> {
  try {
    return Response.json(await loadServiceList(), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return apiErrorResponse(error);
  }
}
