// The store's tests start a PostgreSQL server of their own: this finds its server programs and,
// when they are missing and we are root, installs Debian's `postgresql`. It prints the folder
// that holds `initdb` and `postgres` as its only line on stdout (apt's output goes to stderr),
// so the tests have one way to find them.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

import { aptInstall } from "./apt-install.mjs";

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
  aptInstall(["postgresql"], {
    missing: "PostgreSQL's server programs (initdb, postgres) are missing.",
    purpose: "for the store's tests",
  });
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
