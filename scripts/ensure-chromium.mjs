// Playwright uses Debian's Chromium: browsers cannot be downloaded on this kind of machine.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const INSTALL = "apt-get update && apt-get install -y chromium";

if (!existsSync(CHROMIUM)) {
  if (process.getuid?.() !== 0) {
    console.error(`Chromium is missing at ${CHROMIUM}. Install it with: sudo sh -c '${INSTALL}'`);
    process.exit(1);
  }
  console.log("Installing Debian's chromium for the browser tests…");
  // apt can be locked for a minute right after a machine starts.
  for (let attempt = 1; ; attempt++) {
    try {
      execFileSync("sh", ["-c", INSTALL], {
        stdio: "inherit",
        env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
      });
      break;
    } catch (error) {
      if (attempt >= 6) throw error;
      console.log(`apt-get failed (attempt ${attempt}); retrying in 15 s…`);
      execFileSync("sleep", ["15"]);
    }
  }
}
