import type { ServerResponse } from "node:http";

import type { ApiError } from "../errors";

export type Protocol = "1.0" | "1.1";

export function sendJson(
  res: ServerResponse,
  status: number,
  body: string,
  protocol: Protocol,
): void {
  res.writeHead(status, {
    "Content-Type": `application/x-amz-json-${protocol}`,
    "Content-Length": Buffer.byteLength(body),
  });
  res.end(body);
}

/**
 * AWS JSON error: `__type` plus the message (`Message` for App Runner, `message` for
 * CloudWatch Logs, as each service spells it), and the code in `x-amzn-ErrorType`.
 */
export function sendError(res: ServerResponse, error: ApiError, protocol: Protocol): void {
  if (res.headersSent) return;
  res.setHeader("x-amzn-ErrorType", error.code);
  const body =
    protocol === "1.1"
      ? { __type: error.code, message: error.message }
      : { __type: error.code, Message: error.message };
  sendJson(res, error.status, JSON.stringify(body), protocol);
}
