import { badRequestResponse } from "@/lib/apprunner/api/failure-response";
import { readLogStream } from "@/lib/apprunner/api/read-log-stream";
import { respondJson } from "@/lib/apprunner/api/respond-json";
import { ownServiceArn } from "@/lib/apprunner/watch/own-service-arn";
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
  const usage = "Give ?arn=<service ARN>&stream=events or deployment/<operation id>.";
  const stream = params.get("stream") ?? "";
  if (!STREAM.test(stream)) return badRequestResponse(usage);
  // The log group is named by the service's name and id alone: the ARN must be one of ours.
  const checked = await ownServiceArn(params.get("arn") ?? "", usage);
  if (!checked.ok) return checked.response;
  const group = serviceLogGroup(checked.arn)!;
  return respondJson(async () => ({ stream, lines: await readLogStream(group, stream) }));
}
