import { findServiceByName } from "@/lib/apprunner/form/find-service-by-name";
import type { NameCheck } from "@/lib/apprunner/form/picker-items";
import { routeErrorResponse } from "@/lib/apprunner/form/route-error";

export const dynamic = "force-dynamic";

/** `GET /api/service-names?name=x` → whether a service already has that name. */
export async function GET(request: Request): Promise<Response> {
  const name = new URL(request.url).searchParams.get("name") ?? "";
  if (!name) return Response.json({ message: "Give a name to check." }, { status: 400 });
  try {
    const body: NameCheck = { name, taken: Boolean(await findServiceByName(name)) };
    return Response.json(body, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return routeErrorResponse(error);
  }
}
