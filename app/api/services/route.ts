import {
  loadServiceList,
  serviceListRetryAfterSeconds,
} from "@/lib/apprunner/api/load-service-list";
import { respondJson } from "@/lib/apprunner/api/respond-json";
import { refuseUnlessSignedIn } from "@/lib/audit/route-guards";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Every service (all ListServices pages), each with its source: what the list polls. */
export async function GET(): Promise<Response> {
  const unsigned = await refuseUnlessSignedIn();
  if (unsigned) return unsigned;
  const answer = await respondJson(loadServiceList);
  // Throttled: say how long the list will go on refusing, so browsers wait that long.
  const wait = serviceListRetryAfterSeconds();
  if (answer.status === 429 && wait > 0) answer.headers.set("Retry-After", String(wait));
  return answer;
}
