import { spawnSync } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");
let built: string | undefined;

/**
 * The production build the benches measure: what `npm run build` makes (the Next app and the
 * bundled launcher and emulator) in NEXT_DIST_DIR (default `.next`, the one `npm start` serves),
 * once per bench run, shared by every bench file. BENCH_SKIP_BUILD=1 measures the build that is
 * already there.
 */
export function productionBuild(): string {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  if (built === distDir || process.env.BENCH_SKIP_BUILD === "1") return distDir;
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts"], {
    cwd: ROOT,
    env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status})`);
  built = distDir;
  return distDir;
}
