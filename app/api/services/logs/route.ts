import { readLogStream } from "@/lib/apprunner/watch/read-log-stream";
import { parseServiceArn, serviceLogGroup } from "@/lib/apprunner/watch/service-arn";

import { apiErrorResponse } from "../api-error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const STREAM = /^(events|deployment\/[0-9a-f-]{36})$/;

/** One whole log stream of a service: `events`, or an operation's `deployment/<id>`. */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const arn = params.get("arn") ?? "";
  const stream = params.get("stream") ?? "";
  if (!parseServiceArn(arn) || !STREAM.test(stream)) {
    return Response.json(
      { message: "Give ?arn=<service ARN>&stream=events or deployment/<operation id>." },
      { status: 400 },
    );
  }
  try {
    const lines = await readLogStream(serviceLogGroup(arn)!, stream);
    return Response.json({ stream, lines }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return apiErrorResponse(error);
  }
}
