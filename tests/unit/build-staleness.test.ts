import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterEach, describe, expect, it } from "vitest";

import { checkBuildStamp, writeBuildStamp } from "@/scripts/build-stamp";
import { hashSources, listDashboardSources } from "@/scripts/source-hashes";
import { staleBuildMessage } from "@/scripts/stale-build-message";

const REBUILD = "run npm run build to rebuild. Starting the existing build.";

describe("staleBuildMessage", () => {
  const built = { "emulator/main.ts": "a1", "lib/env.ts": "b2" };

  it("says nothing when the sources are the ones the build was made from", () => {
    expect(staleBuildMessage(built, { ...built })).toBeUndefined();
  });

  it("names the one changed file and how to rebuild", () => {
    expect(staleBuildMessage(built, { ...built, "lib/env.ts": "c3" })).toBe(
      `The build is older than the source (lib/env.ts changed since): ${REBUILD}`,
    );
  });

  it("counts added and deleted files as changes", () => {
    const current = { "emulator/main.ts": "a1", "app/new/page.tsx": "d4" };
    expect(staleBuildMessage(built, current)).toBe(
      `The build is older than the source (app/new/page.tsx and 1 more changed since): ${REBUILD}`,
    );
  });
});

describe("checkBuildStamp", () => {
  let root = "";
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  const stampTree = () => {
    const outDir = path.join(root, ".next", "runnerdeck");
    const files = [...listDashboardSources(root), "emulator/main.ts"];
    writeBuildStamp(outDir, hashSources(root, files));
    return outDir;
  };

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function freshTree(): void {
    root = mkdtempSync(path.join(tmpdir(), "runnerdeck-stamp-"));
    write("app/page.tsx", "export default function Page() {}\n");
    write("lib/env.ts", "export const a = 1;\n");
    write("lib/env.test.ts", "// tests are not part of the build\n");
    write("emulator/main.ts", "console.log(1);\n");
    write("package-lock.json", "{}\n");
  }

  it("passes a build made from the sources on disk", () => {
    freshTree();
    expect(checkBuildStamp(root, stampTree())).toBeUndefined();
  });

  it("ignores test files, which are not part of the build", () => {
    freshTree();
    const outDir = stampTree();
    write("lib/env.test.ts", "// edited\n");
    expect(checkBuildStamp(root, outDir)).toBeUndefined();
  });

  it("reports an edited bundle input, a new route and a changed lockfile", () => {
    freshTree();
    const outDir = stampTree();
    write("emulator/main.ts", "console.log(2);\n");
    expect(checkBuildStamp(root, outDir)).toMatch(/\(emulator\/main\.ts changed since\)/);
    write("app/new/page.tsx", "export default function New() {}\n");
    write("package-lock.json", '{"lockfileVersion":3}\n');
    expect(checkBuildStamp(root, outDir)).toMatch(/\(app\/new\/page\.tsx and 2 more changed/);
  });

  it("asks for a rebuild when the stamp cannot be read", () => {
    freshTree();
    const outDir = stampTree();
    writeFileSync(path.join(outDir, "build-stamp.json"), "not json");
    expect(checkBuildStamp(root, outDir)).toMatch(/age is unknown: run npm run build/);
  });
});
