import "server-only";

import { failureResponse } from "./failure-response";

/**
 * A route's answer: what `load` reads, as JSON no cache keeps (it is live state), or the
 * failure as the one table answers it.
 */
export async function respondJson(load: () => Promise<unknown>, status = 200): Promise<Response> {
  try {
    return Response.json(await load(), { status, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return failureResponse(error);
  }
}
