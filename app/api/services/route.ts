import { loadServiceList } from "@/lib/apprunner/api/load-service-list";
import { respondJson } from "@/lib/apprunner/api/respond-json";
import { refuseUnlessSignedIn } from "@/lib/audit/route-guards";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Every service (all ListServices pages), each with its source: what the list polls. */
export async function GET(): Promise<Response> {
  const unsigned = await refuseUnlessSignedIn();
  if (unsigned) return unsigned;
  return respondJson(loadServiceList);
}
