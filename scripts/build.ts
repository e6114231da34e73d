/**
 * `npm run build`: the Next app, then the launcher and the emulator as JavaScript beside it in
 * `<dist dir>/runnerdeck/`, with a stamp of the sources they came from. Living inside Next's dist
 * dir, the bundles go when `next build` replaces it, so a half build is never taken for a whole.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

import { writeBuildStamp } from "./build-stamp";
import { bundleNodeEntries } from "./node-bundles";
import { hashSources, listDashboardSources } from "./source-hashes";

const root = process.cwd();
const outDir = path.join(process.env.NEXT_DIST_DIR || ".next", "runnerdeck");

async function main(): Promise<void> {
  // Bundled and hashed before `next build`: an edit made while it runs leaves the build marked
  // older than the source, never newer.
  const bundles = await bundleNodeEntries(outDir, false);
  const bundleInputs = Object.keys(bundles.metafile.inputs);
  const sources = hashSources(root, [...listDashboardSources(root), ...bundleInputs]);

  const next = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (next.status !== 0) return process.exit(next.status ?? 1);

  mkdirSync(outDir, { recursive: true });
  for (const file of bundles.outputFiles ?? []) writeFileSync(file.path, file.contents);
  writeBuildStamp(outDir, sources);
  console.log(`Launcher and emulator bundled to ${outDir}/ (${bundleInputs.length} source files).`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
