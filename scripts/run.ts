/**
 * The launcher behind `npm start` and `npm run dev`: validate the settings, start the embedded
 * emulator when the emulator backend is chosen (and no endpoint is given), then the dashboard.
 * Ctrl-C (or any child exiting) stops every process this started.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";

import { parseSettings } from "../lib/env";

export type Launch = {
  /** `next start` serves the production build; `next dev` compiles on demand. */
  next: "start" | "dev";
  /** Node arguments that run the emulator: the built bundle, or the source through tsx. */
  emulator: string[];
};

export function run({ next, emulator }: Launch): void {
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
    const dataDir = process.env.EMULATOR_DATA_DIR ?? ".data/emulator";
    const child = track(
      spawn(process.execPath, [...emulator, "--port", "0", "--data-dir", dataDir], {
        env,
        stdio: ["ignore", "pipe", "inherit"],
      }),
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

  /**
   * The dashboard learns each request's TCP peer from this preload: Next.js shows the app no
   * socket, and the trusted-proxy check needs the real address (see lib/auth/peer-address.ts).
   * Through NODE_OPTIONS so any process `next` starts for the server has it too.
   */
  const preload = path.resolve("lib/auth/peer-address-preload.cjs");
  const nodeOptions = `${env.NODE_OPTIONS ?? ""} --require ${JSON.stringify(preload)}`.trim();

  async function main(): Promise<void> {
    if (!settings.endpoint && settings.backend === "emulator") {
      env.RUNNERDECK_EMULATOR_ENDPOINT = await startEmulator();
    }
    if (stopping) return;
    const nextBin = "node_modules/next/dist/bin/next";
    track(
      spawn(process.execPath, [nextBin, next, "-H", settings.host, "-p", String(settings.port)], {
        env: { ...env, NODE_OPTIONS: nodeOptions },
        stdio: "inherit",
      }),
      "dashboard",
    );
  }

  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    stopAll(1);
  });
}
