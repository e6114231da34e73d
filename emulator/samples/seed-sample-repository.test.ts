import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

import {
  describeSeedResult,
  findSampleSource,
  SAMPLE_REPOSITORY_PATH,
  seedSampleRepository,
} from "./seed-sample-repository";

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "seed-sample-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd, encoding: "utf8" }).trim();
}

describe("seedSampleRepository", () => {
  it("creates the sample as a git repository on main with one commit by Runnerdeck", async () => {
    const reposDir = tempDir();
    const result = await seedSampleRepository(reposDir);
    const repo = path.join(reposDir, "github.com", "runnerdeck", "hello-app");
    expect(result).toEqual({ seeded: true, path: repo });
    expect(git(repo, "rev-parse", "--abbrev-ref", "HEAD")).toBe("main");
    expect(git(repo, "rev-list", "--count", "HEAD")).toBe("1");
    expect(git(repo, "log", "-1", "--format=%an")).toBe("Runnerdeck");
    expect(git(repo, "status", "--porcelain")).toBe("");
    const files = git(repo, "ls-files").split("\n");
    expect(files).toEqual(
      expect.arrayContaining(["server.js", "message.txt", "apprunner.yaml", "package.json"]),
    );
    expect(readFileSync(path.join(repo, "message.txt"), "utf8")).toMatch(/Hello/);
    expect(describeSeedResult(result)).toContain("https://github.com/runnerdeck/hello-app");
  });

  it("leaves an existing repository alone, with the person's own commits", async () => {
    const reposDir = tempDir();
    await seedSampleRepository(reposDir);
    const repo = path.join(reposDir, SAMPLE_REPOSITORY_PATH);
    writeFileSync(path.join(repo, "message.txt"), "Mine now\n");
    git(repo, "-c", "user.name=Me", "-c", "user.email=me@example.com", "commit", "-qam", "mine");

    const again = await seedSampleRepository(reposDir);
    expect(again).toEqual({ seeded: false, path: repo, reason: "exists" });
    expect(git(repo, "rev-list", "--count", "HEAD")).toBe("2");
    expect(readFileSync(path.join(repo, "message.txt"), "utf8")).toBe("Mine now\n");
    expect(describeSeedResult(again)).toBeUndefined();
  });

  it("starts without the sample when it can't be found, and leaves nothing half made", async () => {
    const reposDir = tempDir();
    const result = await seedSampleRepository(reposDir, path.join(tempDir(), "nowhere"));
    expect(result).toMatchObject({ seeded: false, reason: "no-sample" });
    expect(describeSeedResult(result)).toContain("not seeded");
    expect(existsSync(path.join(reposDir, SAMPLE_REPOSITORY_PATH))).toBe(false);
  });
});

describe("findSampleSource", () => {
  it("finds samples/hello-app from a bundle's folder deep inside the project", () => {
    const root = tempDir();
    mkdirSync(path.join(root, "samples", "hello-app"), { recursive: true });
    writeFileSync(path.join(root, "samples", "hello-app", "server.js"), "");
    const bundleDir = path.join(root, ".next", "runnerdeck");
    mkdirSync(bundleDir, { recursive: true });
    expect(findSampleSource(bundleDir, tempDir())).toBe(path.join(root, "samples", "hello-app"));
  });

  it("falls back to the working directory when run from outside the project", () => {
    const root = tempDir();
    mkdirSync(path.join(root, "samples", "hello-app"), { recursive: true });
    writeFileSync(path.join(root, "samples", "hello-app", "server.js"), "");
    expect(findSampleSource(tempDir(), root)).toBe(path.join(root, "samples", "hello-app"));
    expect(findSampleSource(tempDir(), tempDir())).toBeUndefined();
  });
});
