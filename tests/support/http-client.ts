/**
 * A minimal keep-alive HTTP client for AWS JSON calls with a SigV4-shaped Authorization header
 * (the emulator does not verify signatures). Used where the SDK's own cost would drown what is
 * measured (benchmarks) or where bodies must be sent byte for byte (fuzzing).
 */
import http from "node:http";

import { amzDate, fakeAuthorization } from "./raw-request";

export type JsonCallResult = {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
};

export type JsonCaller = {
  call(
    target: string,
    body: string | Buffer,
    extraHeaders?: Record<string, string>,
  ): Promise<JsonCallResult>;
  close(): void;
};

export function createJsonCaller(endpoint: string, maxSockets = 64): JsonCaller {
  const url = new URL(endpoint);
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  const appRunnerAuth = fakeAuthorization(undefined, "apprunner");
  const logsAuth = fakeAuthorization(undefined, "logs");
  const date = amzDate();

  function call(
    target: string,
    body: string | Buffer,
    extraHeaders: Record<string, string> = {},
  ): Promise<JsonCallResult> {
    const isLogs = target.startsWith("Logs_20140328.");
    return new Promise((resolve, reject) => {
      let answered = false;
      const request = http.request(
        {
          host: url.hostname,
          port: url.port,
          path: "/",
          method: "POST",
          agent,
          headers: {
            "content-type": isLogs ? "application/x-amz-json-1.1" : "application/x-amz-json-1.0",
            "x-amz-target": target,
            "x-amz-date": date,
            authorization: isLogs ? logsAuth : appRunnerAuth,
            "content-length": Buffer.byteLength(body),
            ...extraHeaders,
          },
        },
        (response) => {
          answered = true;
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () =>
            resolve({
              status: response.statusCode ?? 0,
              headers: response.headers,
              body: Buffer.concat(chunks).toString("utf8"),
            }),
          );
          response.on("error", reject);
        },
      );
      // A server may answer an oversized body early and close; the answer is what counts.
      request.on("error", (error) => {
        if (!answered) reject(error);
      });
      request.end(body);
    });
  }

  return { call, close: () => agent.destroy() };
}
