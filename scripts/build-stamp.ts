/**
 * The record of what a build was made from, kept beside it as `build-stamp.json`, so `npm start`
 * never runs stale code silently. Bundled with the build: the start check needs no dev tools.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { z } from "zod";

import { hashSources, listDashboardSources, type SourceHashes } from "./source-hashes";
import { staleBuildMessage } from "./stale-build-message";

const STAMP_FILE = "build-stamp.json";
const stampSchema = z.object({ sources: z.record(z.string(), z.string()) });

export function writeBuildStamp(outDir: string, sources: SourceHashes): void {
  mkdirSync(outDir, { recursive: true });
  const stamp: z.infer<typeof stampSchema> = { sources };
  writeFileSync(path.join(outDir, STAMP_FILE), `${JSON.stringify(stamp, null, 1)}\n`);
}

/** The line to print when the sources changed since the build in `outDir`, or nothing. */
export function checkBuildStamp(root: string, outDir: string): string | undefined {
  let built: SourceHashes;
  try {
    built = stampSchema.parse(
      JSON.parse(readFileSync(path.join(outDir, STAMP_FILE), "utf8")),
    ).sources;
  } catch {
    return `The build has no readable ${STAMP_FILE}, so its age is unknown: run npm run build to rebuild. Starting the existing build.`;
  }
  // Recorded files (the bundles' inputs among them) plus today's dashboard files, so a file
  // added or removed since counts as well as one edited.
  const files = new Set([...Object.keys(built), ...listDashboardSources(root)]);
  return staleBuildMessage(built, hashSources(root, files));
}
