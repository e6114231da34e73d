/**
 * Whether a container engine answers on this machine (`docker info`), for the page an image
 * service's URL shows. Asked at most once a minute, never on the request's critical path twice.
 */
import { execFile } from "node:child_process";

export type EngineState = { answers: false } | { answers: true; name: string; version: string };

const RECHECK_MS = 60_000;
let cached: { at: number; state: Promise<EngineState> } | undefined;

function ask(): Promise<EngineState> {
  return new Promise((resolve) => {
    execFile(
      "docker",
      ["info", "--format", "{{.ServerVersion}}"],
      { timeout: 3_000, windowsHide: true },
      (error, stdout) => {
        const version = stdout.trim();
        resolve(
          error || version === "" ? { answers: false } : { answers: true, name: "Docker", version },
        );
      },
    );
  });
}

export function containerEngine(now = Date.now()): Promise<EngineState> {
  if (!cached || now - cached.at > RECHECK_MS) cached = { at: now, state: ask() };
  return cached.state;
}
