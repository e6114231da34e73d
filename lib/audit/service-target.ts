import { parseServiceArn } from "@/lib/apprunner/watch/service-arn";

import type { AuditTarget } from "./authorize-audited";

/**
 * What an entry about one service says before the call: the service and the request by its
 * operation name. The ARN is whatever the browser sent (it is checked after authorization), so
 * it is kept only when it is text.
 */
export function serviceTarget(
  arn: unknown,
  operation: string,
  members: Record<string, unknown> = {},
): AuditTarget {
  const resourceArn = typeof arn === "string" ? arn : null;
  return {
    resourceArn,
    resourceName: (resourceArn && parseServiceArn(resourceArn)?.name) ?? null,
    request: { [operation]: { ServiceArn: arn, ...members } },
  };
}
