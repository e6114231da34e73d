import { spawnSync } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");
let built: string | undefined;

/**
 * The production build the benches measure: `next build` into NEXT_DIST_DIR (default `.next`,
 * the one `npm start` serves) once per bench run, shared by every bench file. BENCH_SKIP_BUILD=1
 * measures the build that is already there.
 */
export function productionBuild(): string {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  if (built === distDir || process.env.BENCH_SKIP_BUILD === "1") return distDir;
  const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    cwd: ROOT,
    env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status})`);
  built = distDir;
  return distDir;
}
