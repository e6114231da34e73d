/**
 * Seeds the sample app as a ready git repository, so a first-time user can deploy something real
 * without a repository of their own: `samples/hello-app/` becomes
 * `<repos-dir>/github.com/runnerdeck/hello-app` (branch `main`, one commit by "Runnerdeck"), which
 * the RepositoryUrl `https://github.com/runnerdeck/hello-app` resolves to. A repository already
 * there is left alone (it may hold the person's own commits).
 *
 * The sample is found from the project root, never from this file's own folder alone: built, the
 * emulator is one bundle in `<dist dir>/runnerdeck/`, so the search walks up from wherever the
 * code runs (and from the working directory) to the folder holding `samples/hello-app`.
 */
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

export const SAMPLE_REPOSITORY_URL = "https://github.com/runnerdeck/hello-app";
/** Where the sample sits under the repositories folder (`<host>/<owner>/<repo>`). */
export const SAMPLE_REPOSITORY_PATH = path.join("github.com", "runnerdeck", "hello-app");
const SAMPLE_SOURCE = path.join("samples", "hello-app");
const MARKER = "server.js";

export type SeedResult =
  | { seeded: true; path: string }
  | { seeded: false; path: string; reason: "exists" | "no-sample" | "git-failed"; detail?: string };

/** The first folder from `start` upwards (then from `cwd` upwards) that holds the sample app. */
export function findSampleSource(
  start: string = path.dirname(fileURLToPath(import.meta.url)),
  cwd: string = process.cwd(),
): string | undefined {
  for (const from of [start, cwd]) {
    let dir = path.resolve(from);
    for (;;) {
      const candidate = path.join(dir, SAMPLE_SOURCE);
      if (existsSync(path.join(candidate, MARKER))) return candidate;
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  return undefined;
}

/** Git with no reliance on the machine's own identity, hooks or signing settings. */
function git(cwd: string, args: string[]): Promise<unknown> {
  return run(
    "git",
    [
      "-c",
      "commit.gpgsign=false",
      "-c",
      "core.hooksPath=/dev/null",
      "-c",
      "init.templateDir=",
      ...args,
    ],
    {
      cwd,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: "Runnerdeck",
        GIT_AUTHOR_EMAIL: "runnerdeck@localhost",
        GIT_COMMITTER_NAME: "Runnerdeck",
        GIT_COMMITTER_EMAIL: "runnerdeck@localhost",
        GIT_CONFIG_NOSYSTEM: "1",
      },
    },
  );
}

/**
 * Creates the sample repository under `reposDir` when it is absent. Never throws: the emulator
 * starts without the sample when git is missing or the sample can't be found, and says why.
 */
export async function seedSampleRepository(
  reposDir: string,
  source: string | undefined = findSampleSource(),
): Promise<SeedResult> {
  const target = path.resolve(reposDir, SAMPLE_REPOSITORY_PATH);
  if (existsSync(target)) return { seeded: false, path: target, reason: "exists" };
  if (!source || !existsSync(path.join(source, MARKER)))
    return { seeded: false, path: target, reason: "no-sample" };

  // Built in a sibling folder and renamed into place, so a half-made repository is never found.
  mkdirSync(path.dirname(target), { recursive: true });
  const work = mkdtempSync(path.join(path.dirname(target), ".hello-app-seeding-"));
  try {
    cpSync(source, work, {
      recursive: true,
      filter: (from) => !/(^|[\\/])(node_modules|\.git)([\\/]|$)/.test(path.relative(source, from)),
    });
    await git(work, ["init", "--quiet", "--initial-branch=main"]);
    await git(work, ["add", "--all"]);
    await git(work, ["commit", "--quiet", "--message", "The Runnerdeck sample app"]);
    renameSync(work, target);
    return { seeded: true, path: target };
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    if (existsSync(target)) return { seeded: false, path: target, reason: "exists" };
    const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { seeded: false, path: target, reason: "git-failed", detail };
  }
}

/** One line for the emulator's output, or undefined when there is nothing worth saying. */
export function describeSeedResult(result: SeedResult): string | undefined {
  if (result.seeded) return `Sample repository ${SAMPLE_REPOSITORY_URL} seeded at ${result.path}`;
  if (result.reason === "git-failed")
    return `emulator: the sample repository was not seeded (git: ${result.detail ?? "failed"})`;
  if (result.reason === "no-sample")
    return "emulator: the sample repository was not seeded (samples/hello-app not found)";
  return undefined;
}
