import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";

/** Repository-relative path ("/"-separated) → SHA-256 of the file's content. */
export type SourceHashes = Record<string, string>;

// What `next build` reads. Listed by folder rather than traced, so a new route counts too; the
// bundled launcher and emulator add their exact inputs from esbuild's metafile.
const DASHBOARD_DIRS = ["app", "components", "lib", "public"];
const DASHBOARD_FILES = [
  "next.config.js",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];
const TEST_FILE = /\.test\.tsx?$/;

export function listDashboardSources(root: string): string[] {
  const inDirs = DASHBOARD_DIRS.filter((dir) => existsSync(path.join(root, dir))).flatMap((dir) =>
    readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !TEST_FILE.test(entry.name))
      .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name))),
  );
  return [...inDirs, ...DASHBOARD_FILES].map((file) => file.split(path.sep).join("/"));
}

/** Hashes each file that exists; a missing one is left out, so it reads as changed. */
export function hashSources(root: string, files: Iterable<string>): SourceHashes {
  const hashes: SourceHashes = {};
  for (const file of files) {
    const full = path.join(root, file);
    if (!existsSync(full)) continue;
    hashes[file] = createHash("sha256").update(readFileSync(full)).digest("hex");
  }
  return hashes;
}
