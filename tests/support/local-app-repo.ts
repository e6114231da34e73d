/**
 * A tiny Node.js web app in a fresh git repository, laid out where the emulator's `--repos-dir`
 * finds `https://github.com/<owner>/<repo>` (`<repos-dir>/github.com/<owner>/<repo>`), for the
 * tests of the service URL, auto scaling and metrics. No dependencies: it runs with `node`.
 *
 * Paths it answers: `/` (its text and pid), `/slow?ms=N` (answers after N ms), `/port` (the
 * port it listens on), `/headers` (the request headers as JSON), `/echo` (streams the request
 * body back), `/drip?n=N` (N lines, one every 100 ms).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const SERVER = `const http = require("node:http");
const text = process.env.APP_TEXT || "hello from the test app";
http
  .createServer((req, res) => {
    const url = new URL(req.url, "http://app");
    if (url.pathname === "/slow") {
      setTimeout(() => res.end("slow " + process.pid), Number(url.searchParams.get("ms") || 1000));
    } else if (url.pathname === "/port") {
      res.end(String(process.env.PORT));
    } else if (url.pathname === "/headers") {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify(req.headers));
    } else if (url.pathname === "/echo") {
      res.setHeader("content-type", "application/octet-stream");
      req.pipe(res);
    } else if (url.pathname === "/drip") {
      let left = Number(url.searchParams.get("n") || 3);
      res.setHeader("content-type", "text/plain");
      const tick = setInterval(() => {
        res.write("line " + left + "\\n");
        if (--left === 0) { clearInterval(tick); res.end(); }
      }, 100);
    } else {
      console.log("GET " + url.pathname);
      res.setHeader("content-type", "text/plain; charset=utf-8");
      res.end(text + " (pid " + process.pid + ")");
    }
  })
  .listen(Number(process.env.PORT));
`;

export type AppRepo = {
  reposDir: string;
  /** The RepositoryUrl that resolves to it. */
  repositoryUrl: string;
  dispose(): void;
};

function git(cwd: string, ...args: string[]): void {
  execFileSync("git", args, {
    cwd,
    stdio: "ignore",
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "Test",
      GIT_AUTHOR_EMAIL: "test@example.com",
      GIT_COMMITTER_NAME: "Test",
      GIT_COMMITTER_EMAIL: "test@example.com",
    },
  });
}

export function createAppRepo(owner = "acme", repo = "web"): AppRepo {
  const reposDir = mkdtempSync(path.join(tmpdir(), "runnerdeck-repos-"));
  const dir = path.join(reposDir, "github.com", owner, repo);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "server.js"), SERVER);
  git(dir, "init", "-q", "-b", "main");
  git(dir, "add", "server.js");
  git(dir, "commit", "-q", "-m", "A test app");
  return {
    reposDir,
    repositoryUrl: `https://github.com/${owner}/${repo}`,
    dispose: () => rmSync(reposDir, { recursive: true, force: true }),
  };
}
