import { loadServiceList } from "@/lib/apprunner/api/load-service-list";
import { respondJson } from "@/lib/apprunner/api/respond-json";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Every service (all ListServices pages), each with its source: what the list polls. */
export function GET(): Promise<Response> {
  return respondJson(loadServiceList);
}
