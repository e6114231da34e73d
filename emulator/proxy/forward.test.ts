import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { forward, type ForwardTarget } from "./forward";

const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)),
  );

function get(port: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request({ host: "127.0.0.1", port, path: "/x", agent: false }, (res) => {
      let body = "";
      res.on("data", (c: Buffer) => (body += c.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    })
      .on("error", reject)
      .end();
  });
}

describe("forwarding to an instance", () => {
  const app = createServer((req, res) => res.end(`app saw ${req.url}`));
  let appPort = 0;
  let gonePort = 0;
  let released: string[] = [];
  let target: Omit<ForwardTarget, "listenPort"> = { port: 0, done: () => {} };
  const front = createServer((req, res) => forward(req, res, { ...target, listenPort: 1 }));
  let frontPort = 0;

  beforeAll(async () => {
    appPort = await listen(app);
    const gone = createServer();
    gonePort = await listen(gone);
    await new Promise((r) => gone.close(r));
    frontPort = await listen(front);
  });

  afterAll(() => {
    app.close();
    front.close();
  });

  it("sends a request an instance refused to another one, releasing each once", async () => {
    released = [];
    target = {
      port: gonePort,
      done: () => released.push("dead"),
      elsewhere: () => ({ port: appPort, done: () => released.push("live") }),
    };
    expect(await get(frontPort)).toEqual({ status: 200, body: "app saw /x" });
    expect(released).toEqual(["dead", "live"]);
  });

  it("answers 502 with a page when no instance takes it", async () => {
    released = [];
    target = { port: gonePort, done: () => released.push("dead") };
    const answer = await get(frontPort);
    expect(answer.status).toBe(502);
    expect(answer.body).toContain("The app did not answer");
    expect(released).toEqual(["dead"]);
  });
});
