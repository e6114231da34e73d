import { build, type BuildResult } from "esbuild";

/** Built file name (without `.mjs`) → source entry. */
export const NODE_ENTRIES = {
  run: "scripts/run.ts",
  emulator: "emulator/main.ts",
  "build-stamp": "scripts/build-stamp.ts",
};

/**
 * Bundles the launcher, the emulator and the start-time build check to ES modules that plain
 * `node` runs. npm packages stay external and load from node_modules (better-sqlite3 is native;
 * the SDK and zod are shared with the dashboard), so `outDir` must sit inside the repository for
 * Node to find them. The `@/` alias is resolved from tsconfig.json.
 */
export function bundleNodeEntries(
  outDir: string,
  write: boolean,
): Promise<BuildResult<{ metafile: true; write: boolean }>> {
  return build({
    entryPoints: NODE_ENTRIES,
    outdir: outDir,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    metafile: true,
    write,
    logLevel: "warning",
  });
}
