// Playwright uses Debian's Chromium: browsers cannot be downloaded on this kind of machine.
import { existsSync } from "node:fs";

import { aptInstall } from "./apt-install.mjs";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

if (!existsSync(CHROMIUM)) {
  aptInstall(["chromium"], {
    missing: `Chromium is missing at ${CHROMIUM}.`,
    purpose: "for the browser tests",
  });
}
