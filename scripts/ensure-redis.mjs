// The tests of the shared watch hub start a Redis server of their own: this finds
// `redis-server` and, when it is missing and we are root, installs Debian's `redis-server`. It
// prints the program's path as its only line on stdout (apt's output goes to stderr), so the
// tests have one way to find it. REDIS_SERVER names another program (e.g. valkey-server).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const INSTALL = "apt-get update && apt-get install -y redis-server";
const PROGRAM = "redis-server";

function findServer() {
  if (process.env.REDIS_SERVER) return process.env.REDIS_SERVER;
  const onPath = (process.env.PATH ?? "").split(path.delimiter).filter(Boolean);
  return [...onPath, "/usr/bin", "/usr/sbin"]
    .map((dir) => path.join(dir, PROGRAM))
    .find((file) => existsSync(file));
}

function install() {
  if (process.getuid?.() !== 0) {
    console.error(`Redis's server program is missing. Install it with: sudo sh -c '${INSTALL}'`);
    process.exit(1);
  }
  console.error("Installing Debian's redis-server for the shared hub's tests…");
  // apt can be locked for a minute right after a machine starts.
  for (let attempt = 1; ; attempt++) {
    try {
      execFileSync("sh", ["-c", INSTALL], {
        stdio: ["ignore", process.stderr, process.stderr],
        env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
      });
      break;
    } catch (error) {
      if (attempt >= 6) throw error;
      console.error(`apt-get failed (attempt ${attempt}); retrying in 15 s…`);
      execFileSync("sleep", ["15"]);
    }
  }
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
