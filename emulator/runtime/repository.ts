/**
 * Where a RepositoryUrl is on this machine, and checking a branch out of it. Git runs as a
 * child process; nothing is fetched from the network.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

async function git(args: string[], cwd?: string): Promise<string> {
  const { stdout } = await run("git", args, {
    cwd,
    env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" },
    maxBuffer: 4 * 1024 * 1024,
  });
  return stdout.trim();
}

/**
 * The places a URL may be: `https://<host>/<owner>/<repo>` → `<reposDir>/<host>/<owner>/<repo>`
 * (then the same with `.git`, or without it when the URL has it); `file:///abs/path` → that path.
 */
export function candidatePaths(repositoryUrl: string, reposDir: string): string[] {
  let url: URL;
  try {
    url = new URL(repositoryUrl);
  } catch {
    return [];
  }
  if (url.protocol === "file:") return [fileURLToPath(url)];
  const parts = url.pathname.split("/").filter(Boolean);
  if (parts.some((p) => p === ".." || p === ".")) return [];
  const base = path.resolve(reposDir, url.hostname, ...parts);
  return base.endsWith(".git") ? [base, base.slice(0, -4)] : [base, `${base}.git`];
}

export type Located = { ok: true; path: string } | { ok: false; looked: string[] };

/** The first candidate that is a git repository (bare or not). */
export async function locateRepository(repositoryUrl: string, reposDir: string): Promise<Located> {
  const looked = candidatePaths(repositoryUrl, reposDir);
  for (const dir of looked) {
    if (!existsSync(dir)) continue;
    try {
      await git(["rev-parse", "--git-dir"], dir);
      return { ok: true, path: dir };
    } catch {
      // Not a repository: try the next place.
    }
  }
  return { ok: false, looked };
}

/** The newest commit of `branch`, or undefined when the branch does not exist. */
export async function branchHead(repo: string, branch: string): Promise<string | undefined> {
  try {
    return await git(["rev-parse", "--verify", "--quiet", `refs/heads/${branch}^{commit}`], repo);
  } catch {
    return undefined;
  }
}

/** Copies `commit`'s tree into `dest` (a new folder) with `git archive`, so no .git comes along. */
export async function checkout(repo: string, commit: string, dest: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    // Through a tar file rather than a pipe, so a failing `git archive` fails the checkout.
    const script =
      'mkdir -p "$2" && git -C "$1" archive --format=tar -o "$2.tar" "$3" && tar -x -C "$2" -f "$2.tar"; s=$?; rm -f "$2.tar"; exit $s';
    execFile(
      "/bin/sh",
      ["-c", script, "sh", repo, dest, commit],
      { env: { ...process.env, LC_ALL: "C" } },
      (error) => (error ? reject(error) : resolve()),
    );
  });
}

/** The first line of a commit's message, for the deployment log. */
export async function commitSubject(repo: string, commit: string): Promise<string> {
  try {
    return await git(["log", "-1", "--format=%s", commit], repo);
  } catch {
    return "";
  }
}
