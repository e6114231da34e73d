import { badRequestResponse } from "@/lib/apprunner/api/failure-response";
import { findServiceByName } from "@/lib/apprunner/api/find-service-by-name";
import { respondJson } from "@/lib/apprunner/api/respond-json";
import type { NameCheck } from "@/lib/apprunner/form/picker-items";
import { refuseUnlessSignedIn } from "@/lib/audit/route-guards";

export const dynamic = "force-dynamic";

/** `GET /api/service-names?name=x` → whether a service already has that name. */
export async function GET(request: Request): Promise<Response> {
  const unsigned = await refuseUnlessSignedIn();
  if (unsigned) return unsigned;
  const name = new URL(request.url).searchParams.get("name") ?? "";
  if (!name) return badRequestResponse("Give a name to check.");
  return respondJson(async (): Promise<NameCheck> => ({
    name,
    taken: Boolean(await findServiceByName(name)),
  }));
}
