/**
 * `--code-services run`: a code service's repository is found on this machine, built and run.
 * Repositories under --repos-dir or file://, the branch, SourceDirectory, apprunner.yaml and the
 * API's values, build output in the deployment log, secrets from <data-dir>/secrets.json.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { NODE_SERVER } from "../support/git-repos";
import {
  applicationLines,
  callService,
  createCodeService,
  deploymentLines,
  eventLines,
  failureExplanation,
  settle,
  startRuntime,
  type Harness,
} from "../support/runtime-harness";

let h: Harness;

function onPath(program: string): boolean {
  return spawnSync("/bin/sh", ["-c", `command -v ${program}`]).status === 0;
}

beforeAll(async () => {
  h = await startRuntime();
}, 60_000);

afterAll(async () => {
  await h?.dispose();
});

const YAML = `version: 1.0
runtime: nodejs18
build:
  commands:
    pre-build:
      - echo preparing > prepared.txt
    build:
      - echo "building $BUILD_FLAVOUR"
    post-build:
      - cat prepared.txt
  env:
    - name: BUILD_FLAVOUR
      value: tasty
run:
  command: node server.js
  network:
    port: 3000
    env: APP_PORT
  env:
    - name: GREETING
      value: hi-from-yaml
`;

describe("a repository under --repos-dir with apprunner.yaml", () => {
  it("is built with pre-build, build and post-build, then runs with its port and variables", async () => {
    const repo = h.repos.create("acme", "web", {
      "server.js": NODE_SERVER,
      "apprunner.yaml": YAML,
      "message.txt": "first version",
    });
    const { service, operationId } = await createCodeService(h, { url: repo.url });
    expect((await settle(h, service)).Status).toBe("RUNNING");

    const lines = await deploymentLines(h, service, operationId);
    // "pre-build – Optional. The commands that App Runner runs before the build." … "post-build
    // – Optional. The commands that App Runner runs after the build." (config-file-ref.html)
    const order = [
      "[Build] pre-build: echo preparing > prepared.txt",
      '[Build] build: echo "building $BUILD_FLAVOUR"',
      "[Build] building tasty",
      "[Build] post-build: cat prepared.txt",
      "[Build] preparing",
      "[Build] post-build: 'cat prepared.txt' exited with status 0",
      "[AppRunner] Successfully built source code.",
      "[AppRunner] Performing health check on protocol `TCP` [Port: '3000'].",
      "[AppRunner] Health check on protocol `TCP` [Port: '3000'] is successful.",
    ];
    const positions = order.map((line) => lines.indexOf(line));
    expect(positions, lines.join("\n")).not.toContain(-1);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);

    const page = await callService(h, service, "/");
    expect(page.status).toBe(200);
    expect(page.body).toContain("first version env=hi-from-yaml");
    // The app logs each request to stdout: it is in the instance's application log stream.
    await expect.poll(() => applicationLines(h, service)).toContain("request GET /");
    // Node.js gets the instance's memory (2 GB by default) as its heap limit, at 75 %.
    expect(await applicationLines(h, service)).toContain("node options --max-old-space-size=1536");
  });

  it("fails the create when the repository is not there, naming where it looked", async () => {
    const url = "https://github.com/acme/nowhere";
    const { service, operationId } = await createCodeService(h, { url });
    expect((await settle(h, service)).Status).toBe("CREATE_FAILED");
    const where = path.join(h.repos.dir, "github.com", "acme", "nowhere");
    const line = `[AppRunner] Repository ${url} not found: looked in ${where} and ${where}.git.`;
    expect(await deploymentLines(h, service, operationId)).toContain(line);
    // The live page explains the failure with it, at the source pull and build phase.
    const failure = await failureExplanation(h, service, operationId);
    expect(failure?.phase).toBe("build");
    expect(failure?.lines.map((l) => l.message)).toContain(line);
    expect(await eventLines(h, service)).toEqual(
      expect.arrayContaining([
        `Failed to pull your application source code. Be sure the connection has access to ${url} and the branch main exists.`,
        "Service status is set to CREATE_FAILED.",
      ]),
    );
  });
});

describe("branch, SourceDirectory and file://", () => {
  it("deploys the named branch's newest commit, and fails on a branch that does not exist", async () => {
    const repo = h.repos.create("acme", "branches", {
      "server.js": NODE_SERVER,
      "apprunner.yaml": YAML,
      "message.txt": "main text",
    });
    repo.commit({ "message.txt": "release text" }, "release", "release");
    const release = await createCodeService(h, { url: repo.url, branch: "release" });
    expect((await settle(h, release.service)).Status).toBe("RUNNING");
    expect((await callService(h, release.service)).body).toContain("release text");

    const missing = await createCodeService(h, { url: repo.url, branch: "nope" });
    expect((await settle(h, missing.service)).Status).toBe("CREATE_FAILED");
    expect(await deploymentLines(h, missing.service, missing.operationId)).toContain(
      `[AppRunner] Branch nope not found in ${repo.path}.`,
    );
  });

  it("builds and runs from SourceDirectory", async () => {
    // "The path of the directory that stores source code and configuration files. The build and
    // start commands also execute from here." (API_CodeRepository.html, SourceDirectory)
    const repo = h.repos.create("acme", "mono", {
      "README.md": "a monorepo",
      "services/web/server.js": NODE_SERVER,
      "services/web/apprunner.yaml": YAML,
      "services/web/message.txt": "from the subfolder",
    });
    const { service } = await createCodeService(h, {
      url: repo.url,
      sourceDirectory: "/services/web",
    });
    expect((await settle(h, service)).Status).toBe("RUNNING");
    expect((await callService(h, service)).body).toContain("from the subfolder");
  });

  it("takes a file:// URL and the API's configuration values", async () => {
    const repo = h.repos.create("local", "api-configured", {
      "server.js": NODE_SERVER,
      "message.txt": "api text",
    });
    const { service, operationId } = await createCodeService(h, {
      url: pathToFileURL(repo.path).href,
      api: {
        Runtime: "NODEJS_18",
        BuildCommand: "echo built-by-api",
        StartCommand: "node server.js",
        Port: "8000",
        RuntimeEnvironmentVariables: { GREETING: "hi-from-api" },
      },
    });
    expect((await settle(h, service)).Status).toBe("RUNNING");
    expect(await deploymentLines(h, service, operationId)).toContain("[Build] built-by-api");
    expect((await callService(h, service)).body).toContain("api text env=hi-from-api");
  });
});

describe("Python", () => {
  it("runs a PYTHON_311 app with python3, under the instance's memory limit", async () => {
    const repo = h.repos.create("acme", "py", {
      "app.py": [
        "import os, http.server",
        "class Hello(http.server.BaseHTTPRequestHandler):",
        "    def do_GET(self):",
        "        self.send_response(200)",
        "        self.end_headers()",
        "        self.wfile.write(b'python says hi')",
        "import resource",
        "print('address space limit', resource.getrlimit(resource.RLIMIT_AS)[0], flush=True)",
        "print('serving', flush=True)",
        "http.server.HTTPServer(('127.0.0.1', int(os.environ['PORT'])), Hello).serve_forever()",
        "",
      ].join("\n"),
    });
    const { service } = await createCodeService(h, {
      url: repo.url,
      api: { Runtime: "PYTHON_311", StartCommand: "python3 app.py", Port: "8000" },
    });
    expect((await settle(h, service)).Status).toBe("RUNNING");
    expect((await callService(h, service)).body).toBe("python says hi");
    await expect.poll(() => applicationLines(h, service)).toContain("serving");
    // The default instance has 2 GB (2048 MB): its address space is limited to that.
    expect(await applicationLines(h, service)).toContain(
      `address space limit ${2048 * 1024 * 1024}`,
    );
  });
});

describe("build failures", () => {
  it("a failing build command fails the create with its exit status in the deployment log", async () => {
    const repo = h.repos.create("acme", "broken", {
      "server.js": NODE_SERVER,
      "apprunner.yaml": YAML.replace("      - cat prepared.txt", "      - echo checking; exit 3"),
    });
    const { service, operationId } = await createCodeService(h, { url: repo.url });
    expect((await settle(h, service)).Status).toBe("CREATE_FAILED");
    const lines = await deploymentLines(h, service, operationId);
    expect(lines).toEqual(
      expect.arrayContaining([
        "[Build] checking",
        "[Build] post-build: 'echo checking; exit 3' exited with status 3",
        "[AppRunner] Failed to build your application source code. Reason: Failed to execute 'post-build' command.",
      ]),
    );
    expect(lines).not.toContain("[AppRunner] Successfully built source code.");
  });

  it.skipIf(onPath("dotnet"))(
    "a runtime whose interpreter this machine lacks fails the build with a clear line",
    async () => {
      const repo = h.repos.create("acme", "dotnet-app", {
        "apprunner.yaml": YAML.replace("runtime: nodejs18", "runtime: dotnet6"),
      });
      const { service, operationId } = await createCodeService(h, { url: repo.url });
      expect((await settle(h, service)).Status).toBe("CREATE_FAILED");
      expect(await deploymentLines(h, service, operationId)).toContain(
        "[Build] The runtime dotnet6 needs `dotnet`, which this machine does not have on its PATH.",
      );
    },
  );

  it("an apprunner.yaml without run.command fails the build naming the key", async () => {
    const repo = h.repos.create("acme", "no-command", {
      "apprunner.yaml":
        "version: 1.0\nruntime: python3\nbuild:\n  commands:\n    build:\n      - echo hi\nrun:\n  network:\n    port: 8000\n",
    });
    const { service, operationId } = await createCodeService(h, { url: repo.url });
    expect((await settle(h, service)).Status).toBe("CREATE_FAILED");
    expect(await deploymentLines(h, service, operationId)).toContain(
      "[Build] apprunner.yaml: run.command is required",
    );
  });
});

describe("secrets", () => {
  const ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf";
  const withSecret = YAML.replace(
    "  env:\n    - name: GREETING",
    `  secrets:\n    - name: DB_PASSWORD\n      value-from: "${ARN}"\n  env:\n    - name: GREETING`,
  );

  it("an unknown secret fails the deployment with a line naming it and the file", async () => {
    const repo = h.repos.create("acme", "secret-missing", {
      "server.js": NODE_SERVER,
      "apprunner.yaml": withSecret,
    });
    const { service, operationId } = await createCodeService(h, { url: repo.url });
    expect((await settle(h, service)).Status).toBe("CREATE_FAILED");
    const file = path.join(h.emulator.dataDir, "secrets.json");
    expect(await deploymentLines(h, service, operationId)).toContain(
      `[AppRunner] Secret ${ARN} (for DB_PASSWORD) not found in ${file}; add it as "${ARN}": "<value>".`,
    );
  });

  it("a secret in <data-dir>/secrets.json reaches the app as its variable", async () => {
    writeFileSync(
      path.join(h.emulator.dataDir, "secrets.json"),
      JSON.stringify({ [ARN]: "s3cret" }),
    );
    const repo = h.repos.create("acme", "secret-known", {
      "server.js": NODE_SERVER,
      "apprunner.yaml": withSecret,
    });
    const { service } = await createCodeService(h, { url: repo.url });
    expect((await settle(h, service)).Status).toBe("RUNNING");
    expect((await callService(h, service)).body).toContain("secret=s3cret");
  });
});
