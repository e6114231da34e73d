/**
 * Raw AWS JSON requests for what the SDK cannot send: missing auth, unknown targets, bodies that
 * are not JSON. The Authorization header has the SigV4 shape; the emulator does not verify
 * signatures (AWS would, which is the one thing these tests could not do against it).
 */
import { FAKE_CREDENTIALS, TEST_REGION } from "./clients";

export const APPRUNNER_JSON = "application/x-amz-json-1.0";
export const LOGS_JSON = "application/x-amz-json-1.1";

export function fakeAuthorization(region: string = TEST_REGION, service = "apprunner"): string {
  const day = new Date().toISOString().slice(0, 10).replace(/-/g, "");
  return (
    `AWS4-HMAC-SHA256 Credential=${FAKE_CREDENTIALS.accessKeyId}/${day}/${region}/${service}/aws4_request, ` +
    `SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=${"0".repeat(64)}`
  );
}

export function amzDate(): string {
  return new Date()
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

export type RawResponse = {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body, or undefined when it is not JSON. */
  json: Record<string, unknown> | undefined;
  /** The error code as an SDK reads it: header, then `code`, then `__type` after `#`. */
  errorCode: string | undefined;
};

export type RawRequest = {
  target?: string;
  body?: string | Record<string, unknown>;
  signed?: boolean;
  region?: string;
  contentType?: string;
  headers?: Record<string, string>;
};

function errorCodeOf(headers: Headers, json: Record<string, unknown> | undefined) {
  const header = headers.get("x-amzn-errortype");
  if (header) return header.split(":")[0];
  const code = json?.code ?? json?.__type;
  if (typeof code !== "string") return undefined;
  return code.slice(code.lastIndexOf("#") + 1);
}

export async function rawRequest(endpoint: string, request: RawRequest): Promise<RawResponse> {
  const isLogs = request.target?.startsWith("Logs_20140328.") ?? false;
  const headers: Record<string, string> = {
    "content-type": request.contentType ?? (isLogs ? LOGS_JSON : APPRUNNER_JSON),
    "x-amz-date": amzDate(),
    ...(request.target ? { "x-amz-target": request.target } : {}),
    ...(request.signed === false
      ? {}
      : { authorization: fakeAuthorization(request.region, isLogs ? "logs" : "apprunner") }),
    ...request.headers,
  };
  const body = typeof request.body === "string" ? request.body : JSON.stringify(request.body ?? {});
  const response = await fetch(`${endpoint}/`, { method: "POST", headers, body });
  const text = await response.text();
  let json: Record<string, unknown> | undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed))
      json = parsed as Record<string, unknown>;
  } catch {
    json = undefined;
  }
  return {
    status: response.status,
    headers: response.headers,
    text,
    json,
    errorCode: errorCodeOf(response.headers, json),
  };
}
