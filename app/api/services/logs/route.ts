import { badRequestResponse } from "@/lib/apprunner/api/failure-response";
import { readLogStream } from "@/lib/apprunner/api/read-log-stream";
import { respondJson } from "@/lib/apprunner/api/respond-json";
import { serviceLogGroup } from "@/lib/apprunner/watch/service-arn";
import { refuseUnlessSignedIn } from "@/lib/audit/route-guards";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const STREAM = /^(events|deployment\/[0-9a-f-]{36})$/;

/** One whole log stream of a service: `events`, or an operation's `deployment/<id>`. */
export async function GET(request: Request): Promise<Response> {
  const unsigned = await refuseUnlessSignedIn();
  if (unsigned) return unsigned;
  const params = new URL(request.url).searchParams;
  const group = serviceLogGroup(params.get("arn") ?? "");
  const stream = params.get("stream") ?? "";
  if (!group || !STREAM.test(stream)) {
    return badRequestResponse(
      "Give ?arn=<service ARN>&stream=events or deployment/<operation id>.",
    );
  }
  return respondJson(async () => ({ stream, lines: await readLogStream(group, stream) }));
}
