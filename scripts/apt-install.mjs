// Installs Debian packages for a test's server or browser, as the ensure-* scripts need: only as
// root (otherwise it says the command and exits 1), apt's output on stderr (so a script's stdout
// stays its one answer), and retried while apt is locked, as it can be for a minute right after a
// machine starts.
import { execFileSync } from "node:child_process";

/** `missing`: what is not there, for the message; `purpose`: what the packages are for. */
export function aptInstall(packages, { missing, purpose }) {
  const install = `apt-get update && apt-get install -y ${packages.join(" ")}`;
  if (process.getuid?.() !== 0) {
    console.error(`${missing} Install it with: sudo sh -c '${install}'`);
    process.exit(1);
  }
  console.error(`Installing Debian's ${packages.join(" and ")} ${purpose}…`);
  for (let attempt = 1; ; attempt++) {
    try {
      execFileSync("sh", ["-c", install], {
        stdio: ["ignore", process.stderr, process.stderr],
        env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
      });
      return;
    } catch (error) {
      if (attempt >= 6) throw error;
      console.error(`apt-get failed (attempt ${attempt}); retrying in 15 s…`);
      execFileSync("sleep", ["15"]);
    }
  }
}
