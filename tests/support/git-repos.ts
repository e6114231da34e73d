/**
 * Git repositories made by a test, laid out as the emulator's `--repos-dir` expects them
 * (`<dir>/<host>/<owner>/<repo>`), with files committed on a branch.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: "Runnerdeck test",
  GIT_AUTHOR_EMAIL: "test@example.com",
  GIT_COMMITTER_NAME: "Runnerdeck test",
  GIT_COMMITTER_EMAIL: "test@example.com",
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_CONFIG_NOSYSTEM: "1",
};

function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd, env: GIT_ENV, encoding: "utf8" }).trim();
}

export type TestRepo = {
  /** `https://github.com/<owner>/<repo>`: what a service's RepositoryUrl names. */
  url: string;
  path: string;
  /** Writes the files (path → text) and commits them on `branch`; returns the commit. */
  commit(files: Record<string, string>, message?: string, branch?: string): string;
};

export type ReposDir = {
  dir: string;
  create(owner: string, repo: string, files: Record<string, string>, branch?: string): TestRepo;
  dispose(): void;
};

export function makeReposDir(): ReposDir {
  const dir = mkdtempSync(path.join(tmpdir(), "runnerdeck-repos-"));
  return {
    dir,
    create(owner, repo, files, branch = "main") {
      const repoPath = path.join(dir, "github.com", owner, repo);
      mkdirSync(repoPath, { recursive: true });
      git(repoPath, "init", "--quiet", "--initial-branch", branch);
      const made: TestRepo = {
        url: `https://github.com/${owner}/${repo}`,
        path: repoPath,
        commit(changes, message = "change", onBranch = branch) {
          const current = git(repoPath, "symbolic-ref", "--short", "HEAD");
          if (current !== onBranch) {
            const exists = git(repoPath, "branch", "--list", onBranch) !== "";
            git(repoPath, "checkout", "--quiet", ...(exists ? [] : ["-b"]), onBranch);
          }
          for (const [name, text] of Object.entries(changes)) {
            const file = path.join(repoPath, name);
            mkdirSync(path.dirname(file), { recursive: true });
            writeFileSync(file, text);
          }
          git(repoPath, "add", "--all");
          git(repoPath, "commit", "--quiet", "--allow-empty", "-m", message);
          return git(repoPath, "rev-parse", "HEAD");
        },
      };
      made.commit(files, "first commit");
      return made;
    },
    dispose() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A Node.js web server with no dependencies: answers every path with the text of `message.txt`
 * (and GREETING, DB_PASSWORD), 404 for /missing, exits on /crash, logs each request to stdout.
 * It listens on PORT (LISTEN_PORT_OVERRIDE instead when set), HEALTHY_AFTER_MS after it starts.
 */
export const NODE_SERVER = `
const http = require("node:http");
const fs = require("node:fs");
const port = Number(process.env.LISTEN_PORT_OVERRIDE || process.env.PORT);
const delayMs = Number(process.env.HEALTHY_AFTER_MS || 0);
console.log("node options " + (process.env.NODE_OPTIONS || ""));
function text() {
  try { return fs.readFileSync("message.txt", "utf8").trim(); } catch { return "hello"; }
}
const server = http.createServer((req, res) => {
  console.log("request " + req.method + " " + req.url);
  if (req.url === "/missing") { res.writeHead(404); res.end("not here"); return; }
  if (req.url === "/crash") { res.end("bye"); setTimeout(() => process.exit(7), 50); return; }
  res.writeHead(200, { "content-type": "text/plain" });
  res.end(text() + " env=" + (process.env.GREETING || "") + " secret=" + (process.env.DB_PASSWORD || ""));
});
setTimeout(() => server.listen(port, "127.0.0.1", () => console.log("listening on " + port)), delayMs);
`;
