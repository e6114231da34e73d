// The store's tests start a PostgreSQL server of their own: this finds its server programs and,
// when they are missing and we are root, installs Debian's `postgresql`. It prints the folder
// that holds `initdb` and `postgres` as its only line on stdout (apt's output goes to stderr),
// so the tests have one way to find them.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

const INSTALL = "apt-get update && apt-get install -y postgresql";
const PROGRAMS = ["initdb", "postgres"];

function holdsServer(dir) {
  return PROGRAMS.every((name) => existsSync(path.join(dir, name)));
}

/** A folder on PATH first, then Debian's versioned ones (which are not on PATH), newest first. */
function findServerDir() {
  const onPath = (process.env.PATH ?? "").split(path.delimiter).filter(Boolean);
  const debian = "/usr/lib/postgresql";
  const versions = existsSync(debian)
    ? readdirSync(debian)
        .filter((name) => /^\d+$/.test(name))
        .sort((a, b) => Number(b) - Number(a))
        .map((version) => path.join(debian, version, "bin"))
    : [];
  return [...onPath, ...versions].find(holdsServer);
}

function install() {
  if (process.getuid?.() !== 0) {
    console.error(
      `PostgreSQL's server programs (initdb, postgres) are missing. Install them with: sudo sh -c '${INSTALL}'`,
    );
    process.exit(1);
  }
  console.error("Installing Debian's postgresql for the store's tests…");
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

let dir = findServerDir();
if (!dir) {
  install();
  dir = findServerDir();
  if (!dir) {
    console.error("postgresql was installed but initdb and postgres are still not found.");
    process.exit(1);
  }
}
console.log(dir);
