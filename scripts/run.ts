/**
 * `npm start` / `npm run dev`: validate the settings, start the embedded emulator when the
 * emulator backend is chosen (and no endpoint is given), then the dashboard. Ctrl-C (or any
 * child exiting) stops every process this started.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createInterface } from "node:readline";

import { parseSettings } from "../lib/env";

const MODES = ["start", "dev"] as const;
const mode = MODES.find((m) => m === process.argv[2]);
if (!mode) {
  console.error("usage: node --import tsx scripts/run.ts start|dev");
  process.exit(2);
}

const result = parseSettings(process.env);
if (!result.ok) {
  console.error(result.error);
  process.exit(1);
}
const settings = result.settings;

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
};
const nextBin = "node_modules/next/dist/bin/next";
const distDir = process.env.NEXT_DIST_DIR || ".next";
const children = new Set<ChildProcess>();
let stopping = false;

function stopAll(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill("SIGTERM");
  const deadline = setTimeout(() => {
    for (const child of children) child.kill("SIGKILL");
  }, 5_000);
  deadline.unref();
  const finish = () => (children.size === 0 ? process.exit(code) : setTimeout(finish, 50));
  finish();
}

function track(child: ChildProcess, name: string): ChildProcess {
  children.add(child);
  child.on("exit", (code, signal) => {
    children.delete(child);
    if (!stopping) {
      console.error(`${name} exited (${signal ?? code}); stopping.`);
      stopAll(code ?? 1);
    }
  });
  return child;
}

process.on("SIGINT", () => stopAll(0));
process.on("SIGTERM", () => stopAll(0));

/** Starts the emulator on a free port and resolves with the endpoint it prints. */
function startEmulator(): Promise<string> {
  const child = track(
    spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "emulator/main.ts",
        "--port",
        "0",
        "--data-dir",
        process.env.EMULATOR_DATA_DIR ?? ".data/emulator",
      ],
      { env, stdio: ["ignore", "pipe", "inherit"] },
    ),
    "emulator",
  );
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on("line", (line) => {
      const match = /https?:\/\/[^\s]+/.exec(line);
      console.log(line);
      if (match) resolve(match[0]);
    });
    child.on("exit", () => reject(new Error("The emulator stopped before it was ready.")));
  });
}

async function main(): Promise<void> {
  if (!settings.endpoint && settings.backend === "emulator") {
    env.RUNNERDECK_EMULATOR_ENDPOINT = await startEmulator();
  }
  if (mode === "start" && !existsSync(`${distDir}/BUILD_ID`)) {
    console.log("No build yet: building the dashboard first…");
    const build = spawnSync(process.execPath, [nextBin, "build"], { env, stdio: "inherit" });
    if (build.status !== 0) return stopAll(build.status ?? 1);
  }
  if (stopping) return;
  track(
    spawn(process.execPath, [nextBin, mode!, "-H", settings.host, "-p", String(settings.port)], {
      env,
      stdio: "inherit",
    }),
    "dashboard",
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  stopAll(1);
});
