/**
 * A stand-in for AWS in the parity dry run: an HTTP proxy in front of an emulator that forwards
 * every request as it is and remembers what was asked — method, path, target, header names, the
 * signature's region, the strings of the body that look like emulator switches, the status.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

export type RecordedCall = {
  method: string;
  path: string;
  /** `X-Amz-Target`, e.g. `AppRunner.CreateService`. */
  target: string | undefined;
  headerNames: string[];
  /** The credential scope's region of the SigV4 Authorization header. */
  region: string | undefined;
  /** Every string in the JSON body (keys and values) that starts with `emulator` (tags, …). */
  emulatorStrings: string[];
  body: unknown;
  status: number;
  responseBody: string;
};

function stringsIn(value: unknown, into: string[] = []): string[] {
  if (typeof value === "string") into.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, into);
  else if (value && typeof value === "object")
    for (const [key, item] of Object.entries(value)) {
      into.push(key);
      stringsIn(item, into);
    }
  return into;
}

export type RecordingProxy = {
  endpoint: string;
  calls: RecordedCall[];
  close(): Promise<void>;
};

export async function startRecordingProxy(upstream: string): Promise<RecordingProxy> {
  const target = new URL(upstream);
  const calls: RecordedCall[] = [];
  const agent = new http.Agent({ keepAlive: true });

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const raw = Buffer.concat(chunks);
      let body: unknown;
      try {
        body = raw.length ? (JSON.parse(raw.toString("utf8")) as unknown) : undefined;
      } catch {
        body = raw.toString("utf8");
      }
      const authorization = req.headers.authorization ?? "";
      const call: RecordedCall = {
        method: req.method ?? "",
        path: req.url ?? "",
        target: req.headers["x-amz-target"] as string | undefined,
        headerNames: Object.keys(req.headers),
        region: /Credential=[^/]+\/\d{8}\/([^/]+)\//.exec(authorization)?.[1],
        emulatorStrings: stringsIn(body).filter((s) => /^emulator/i.test(s)),
        body,
        status: 0,
        responseBody: "",
      };
      calls.push(call);
      const forward = http.request(
        {
          host: target.hostname,
          port: target.port,
          path: req.url,
          method: req.method,
          headers: req.headers,
          agent,
        },
        (answer) => {
          const out: Buffer[] = [];
          answer.on("data", (chunk: Buffer) => out.push(chunk));
          answer.on("end", () => {
            const text = Buffer.concat(out);
            call.status = answer.statusCode ?? 0;
            call.responseBody = text.toString("utf8");
            res.writeHead(call.status, answer.headers);
            res.end(text);
          });
        },
      );
      forward.on("error", (error) => {
        call.status = 502;
        res.writeHead(502, { "content-type": "text/plain" });
        res.end(String(error));
      });
      forward.end(raw);
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
