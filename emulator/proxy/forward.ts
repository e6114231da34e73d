/**
 * Passes one request to an instance on loopback and its answer back, streaming both bodies,
 * over kept-alive connections. The app sees the Host the client used and the usual
 * X-Forwarded-For / -Proto / -Host / -Port, as behind App Runner's load balancer.
 *
 * Developer guide, "Developing application code": "App Runner provides support for HTTP 1.0
 * and HTTP 1.1 to the container instances" — so no Upgrade (WebSocket) is passed on: the
 * Upgrade and Connection headers are hop-by-hop and dropped, as they are for any request.
 */
import {
  Agent,
  request,
  type ClientRequest,
  type IncomingMessage,
  type ServerResponse,
} from "node:http";

import { sendPage } from "./pages";

/**
 * "HTTP requests have a request timeout limit of 120 seconds total. The 120 seconds include the
 * time the application takes to read the request, including the body, and complete writing the
 * HTTP response" (developer guide, "Developing application code"). A request still open then
 * is ended: a 503 when nothing was answered yet, as users report App Runner answers a
 * timed-out request (aws/apprunner-roadmap#104), or the connection closed mid-answer.
 */
export const REQUEST_TIMEOUT_MS = 120_000;

const agent = new Agent({ keepAlive: true, maxSockets: Infinity, maxFreeSockets: 256 });

const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "proxy-authenticate",
  "proxy-authorization",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
]);

/** Headers to pass on: without hop-by-hop ones, including those the Connection header names. */
function endToEnd(headers: IncomingMessage["headers"]): Record<string, string | string[]> {
  const named = new Set(
    String(headers.connection ?? "")
      .toLowerCase()
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  );
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(headers)) {
    if (value === undefined || HOP_BY_HOP.has(key) || named.has(key)) continue;
    out[key] = value;
  }
  return out;
}

export function forwardedHeaders(
  req: IncomingMessage,
  listenPort: number,
): Record<string, string | string[]> {
  const headers = endToEnd(req.headers);
  const client = (req.socket.remoteAddress ?? "").replace(/^::ffff:/, "");
  const prior = req.headers["x-forwarded-for"];
  headers["x-forwarded-for"] = prior ? `${String(prior)}, ${client}` : client;
  headers["x-forwarded-proto"] = "http";
  headers["x-forwarded-port"] = String(listenPort);
  if (req.headers.host) headers["x-forwarded-host"] = req.headers.host;
  return headers;
}

export type ForwardTarget = {
  port: number;
  listenPort: number;
  done(): void;
  timeoutMs?: number;
  /** Another instance to try when this one refuses the connection (it stopped or crashed). */
  elsewhere?: () => { port: number; done(): void } | undefined;
};

/** A request with no body that may be sent twice (RFC 9110 idempotent, and nothing to replay). */
function replayable(req: IncomingMessage): boolean {
  const method = req.method ?? "GET";
  const hasBody =
    req.headers["transfer-encoding"] !== undefined ||
    Number(req.headers["content-length"] ?? 0) > 0;
  return !hasBody && ["GET", "HEAD", "OPTIONS", "DELETE", "PUT"].includes(method);
}

export function forward(req: IncomingMessage, res: ServerResponse, target: ForwardTarget): void {
  let finished = false;
  let upstream: ClientRequest;
  let { port, done: release } = target;
  const done = () => {
    if (finished) return;
    finished = true;
    clearTimeout(timer);
    release();
  };
  const timer = setTimeout(() => {
    if (finished) return;
    upstream.destroy();
    if (!res.headersSent)
      sendPage(res, {
        status: 503,
        title: "The app took too long to answer",
        lines: [`App Runner ends a request after ${REQUEST_TIMEOUT_MS / 1000} seconds.`],
      });
    else res.destroy();
    done();
  }, target.timeoutMs ?? REQUEST_TIMEOUT_MS);

  const canReplay = replayable(req);
  const send = (first: boolean) => {
    upstream = request({
      host: "127.0.0.1",
      port,
      method: req.method,
      path: req.url,
      headers: forwardedHeaders(req, target.listenPort),
      agent,
    });
    upstream.on("response", (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.statusMessage, endToEnd(answer.headers));
      answer.pipe(res);
      answer.on("error", () => res.destroy());
    });
    upstream.on("error", (error: NodeJS.ErrnoException) => {
      if (finished) return;
      // A kept-alive connection the app closed as it was reused: send it once more, afresh.
      if (
        first &&
        canReplay &&
        upstream.reusedSocket &&
        error.code === "ECONNRESET" &&
        !res.headersSent
      ) {
        send(false);
        return;
      }
      // Nothing reached an instance that is gone: another one takes the request.
      const other =
        first && canReplay && error.code === "ECONNREFUSED" ? target.elsewhere?.() : undefined;
      if (other) {
        release();
        ({ port, done: release } = other);
        send(false);
        return;
      }
      if (!res.headersSent)
        sendPage(
          res,
          {
            status: 502,
            title: "The app did not answer",
            lines: [
              "The emulator could not reach an instance of this service: the app may have stopped or closed the connection.",
            ],
          },
          req.method,
        );
      else res.destroy();
      done();
    });
    // The client's body streams to the first attempt; a replay has no body to send.
    if (first) req.pipe(upstream);
    else upstream.end();
  };
  send(true);

  res.on("finish", done);
  // The client went away: stop the app's work on its behalf.
  res.on("close", () => {
    if (!res.writableFinished) upstream.destroy();
    done();
  });
}
