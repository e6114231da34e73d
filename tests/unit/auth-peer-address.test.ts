import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { PEER_ADDRESS_HEADER } from "@/lib/auth/peer-address";

/**
 * The preload the launcher starts the dashboard with, in a real Node HTTP server: whatever a
 * client sends as the peer header, the server sees the connection's own address.
 */
const SERVER = `
const http = require("node:http");
const server = http.createServer((req, res) => {
  res.end(JSON.stringify({
    peer: req.headers["${PEER_ADDRESS_HEADER}"] ?? null,
    stamped: globalThis[Symbol.for("runnerdeck.peerAddressStamped")] === true,
  }));
});
server.listen(0, "127.0.0.1", () => console.log(server.address().port));
`;

let child: ChildProcess;
let base: string;

beforeAll(async () => {
  child = spawn(
    process.execPath,
    ["--require", "./lib/auth/peer-address-preload.cjs", "-e", SERVER],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const [port] = (await once(createInterface({ input: child.stdout! }), "line")) as [string];
  base = `http://127.0.0.1:${port}`;
});

afterAll(() => {
  child.kill();
});

describe("the peer-address preload", () => {
  it("tells the server the connection's address", async () => {
    const seen = await (await fetch(base)).json();
    expect(seen).toEqual({ peer: "127.0.0.1", stamped: true });
  });

  it("replaces a value the client forged, whatever its case", async () => {
    for (const name of [PEER_ADDRESS_HEADER, "X-Runnerdeck-Peer-Address"]) {
      const seen = await (await fetch(base, { headers: { [name]: "10.0.0.5" } })).json();
      expect(seen).toEqual({ peer: "127.0.0.1", stamped: true });
    }
  });
});
