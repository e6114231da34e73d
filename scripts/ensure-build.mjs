/**
 * Run before `npm start` and `npm run emulator`. Plain JavaScript, so it runs where dev tools are
 * not installed and a missing build gets a message instead of a stack trace. Messages and the
 * build's output go to stderr: stdout stays the servers' own (launchers read the URL from it).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const distDir = process.env.NEXT_DIST_DIR || ".next";
// scripts/build.ts writes the bundles here, after `next build` has replaced the dist dir.
const builtDir = path.resolve(distDir, "runnerdeck");
const BUNDLES = ["run.mjs", "emulator.mjs", "build-stamp.mjs", "build-stamp.json"];

/** Builds when there is no build; warns (and carries on) when the build is older than the source. */
export async function ensureBuild() {
  const outputs = [path.join(distDir, "BUILD_ID"), ...BUNDLES.map((f) => path.join(builtDir, f))];
  if (!outputs.every((file) => existsSync(file))) {
    console.error("No build yet — building once with npm run build");
    const build = spawnSync("npm", ["run", "build"], {
      stdio: ["inherit", 2, 2],
      shell: process.platform === "win32",
    });
    if (build.status !== 0) {
      console.error(`npm run build failed (${build.error?.message ?? `exit ${build.status}`}).`);
      process.exit(1);
    }
  } else {
    const { checkBuildStamp } = await import(builtModule("build-stamp.mjs"));
    const warning = checkBuildStamp(process.cwd(), builtDir);
    if (warning) console.error(warning);
  }
}

/** The `import()` URL of a built module. */
export function builtModule(name) {
  return pathToFileURL(path.join(builtDir, name)).href;
}
