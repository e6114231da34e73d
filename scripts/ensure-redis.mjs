// The tests of the shared watch hub start a Redis server of their own: this finds
// `redis-server` and, when it is missing and we are root, installs Debian's `redis-server`. It
// prints the program's path as its only line on stdout (apt's output goes to stderr), so the
// tests have one way to find it. REDIS_SERVER names another program (e.g. valkey-server).
import { existsSync } from "node:fs";
import path from "node:path";

import { aptInstall } from "./apt-install.mjs";

const PROGRAM = "redis-server";

function findServer() {
  if (process.env.REDIS_SERVER) return process.env.REDIS_SERVER;
  const onPath = (process.env.PATH ?? "").split(path.delimiter).filter(Boolean);
  return [...onPath, "/usr/bin", "/usr/sbin"]
    .map((dir) => path.join(dir, PROGRAM))
    .find((file) => existsSync(file));
}

function install() {
  aptInstall(["redis-server"], {
    missing: "Redis's server program is missing.",
    purpose: "for the shared hub's tests",
  });
}

let server = findServer();
if (!server) {
  install();
  server = findServer();
  if (!server) {
    console.error("redis-server was installed but is still not found.");
    process.exit(1);
  }
}
console.log(server);
