// The conformance suite also drives the emulator with the `aws` CLI and boto3 (other clients,
// other serialisers). This installs Debian's packages for whichever is missing when we are root;
// otherwise it says how and lets the tests go on (they skip a client that is not there).
import { spawnSync } from "node:child_process";

/** A pyenv `python3` first on PATH may lack boto3 while Debian's has it: try both. */
const PYTHONS = ["python3", "/usr/bin/python3"];

function runs(command, args) {
  const result = spawnSync(command, args, { stdio: "ignore", timeout: 60_000 });
  return !result.error && result.status === 0;
}

const missing = [];
if (!runs("aws", ["--version"])) missing.push("awscli");
if (!PYTHONS.some((python) => runs(python, ["-c", "import boto3"]))) missing.push("python3-boto3");

if (missing.length > 0) {
  const install = `apt-get update && apt-get install -y ${missing.join(" ")}`;
  if (process.getuid?.() !== 0) {
    console.error(
      `The aws CLI / boto3 tests will be skipped: ${missing.join(", ")} missing. Install with: sudo sh -c '${install}'`,
    );
  } else {
    console.error(`Installing Debian's ${missing.join(" and ")} for the client tests…`);
    // apt can be locked for a minute right after a machine starts.
    for (let attempt = 1; ; attempt++) {
      const result = spawnSync("sh", ["-c", install], {
        stdio: ["ignore", process.stderr, process.stderr],
        env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
      });
      if (result.status === 0) break;
      if (attempt >= 6) {
        console.error("apt-get kept failing; the aws CLI / boto3 tests will be skipped.");
        break;
      }
      console.error(`apt-get failed (attempt ${attempt}); retrying in 15 s…`);
      spawnSync("sleep", ["15"]);
    }
  }
}
