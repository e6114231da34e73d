/**
 * lib/shutdown.ts in a real process told to stop: its hooks run once, a hook taken back does
 * not, and the process still ends as the signal says, whether or not another handler (Next.js's
 * own, in the dashboard) is there to end it.
 */
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";

import { SHUTDOWN_GRACE_MS } from "@/lib/shutdown";

type Ended = { code: number | null; signal: NodeJS.Signals | null; output: string };

/** A Node process that registers hooks, then gets `signal` once it says it is ready. */
function runAndSignal(
  signal: NodeJS.Signals,
  otherHandler: false | "exits" | "never exits",
): Promise<Ended> {
  const script = `
    const { onShutdown } = require("./lib/shutdown.ts");
    onShutdown(() => console.log("last hook ran"), { last: true });
    onShutdown(() => console.log("hook ran"));
    const takeBack = onShutdown(() => console.log("taken-back hook ran"));
    takeBack();
    ${otherHandler ? `process.on("${signal}", () => console.log("other handler"));` : ""}
    ${otherHandler === "exits" ? `process.on("${signal}", () => setTimeout(() => process.exit(143), 20));` : ""}
    setInterval(() => {}, 1_000);
    console.log("ready");
  `;
  const child = spawn(process.execPath, ["--import", "tsx", "-e", script], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`did not end by itself; output: ${output}`));
    }, 20_000);
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (chunk.toString().includes("ready")) child.kill(signal);
    });
    child.once("exit", (code, endedBy) => {
      clearTimeout(timer);
      resolve({ code, signal: endedBy, output });
    });
  });
}

describe("onShutdown", () => {
  it("runs the hooks once on SIGTERM and leaves the exit to the process's own handler", async () => {
    const ended = await runAndSignal("SIGTERM", "exits");
    expect(ended.output.match(/^(last )?hook ran$/gm)).toEqual(["hook ran", "last hook ran"]);
    expect(ended.output).toContain("other handler");
    expect(ended.output).not.toContain("taken-back");
    expect(ended.code).toBe(143);
  }, 30_000);

  it("exits after the grace period when the process's own handler never gets to (e.g. a poll keeps a connection busy)", async () => {
    const started = Date.now();
    const ended = await runAndSignal("SIGTERM", "never exits");
    expect(ended.output).toContain("hook ran");
    expect(ended.code).toBe(143);
    expect(Date.now() - started).toBeGreaterThanOrEqual(SHUTDOWN_GRACE_MS);
  }, 30_000);

  it("with no other handler, ends the process as the signal would have (SIGINT)", async () => {
    const ended = await runAndSignal("SIGINT", false);
    expect(ended.output).toContain("hook ran");
    expect(ended.signal).toBe("SIGINT");
  }, 30_000);
});
