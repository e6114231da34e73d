/**
 * `--code-services run`: the lifecycle acts on real processes. StartDeployment builds the
 * branch's newest commit, a new commit deploys itself when AutoDeploymentsEnabled, UpdateService
 * rebuilds with the new configuration, Pause stops the instances and Resume starts the same
 * build again, Delete stops them and removes the build, and an emulator restart brings RUNNING
 * services back while a stop leaves no process behind.
 */
import {
  DeleteServiceCommand,
  PauseServiceCommand,
  ResumeServiceCommand,
  StartDeploymentCommand,
  UpdateServiceCommand,
  type Service,
} from "@aws-sdk/client-apprunner";
import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { NODE_SERVER, type TestRepo } from "../support/git-repos";
import {
  callService,
  createCodeService,
  deploymentLines,
  eventLines,
  instanceIds,
  processesOf,
  settle,
  startRuntime,
  type Harness,
} from "../support/runtime-harness";
import {
  describeService,
  listAllOperations,
  waitForOperationStatus,
  waitForServiceStatus,
} from "../support/wait-for";

let h: Harness;

beforeAll(async () => {
  h = await startRuntime({ repoPollMs: 300 });
}, 60_000);

afterAll(async () => {
  await h?.dispose();
});

const API = {
  Runtime: "NODEJS_18" as const,
  StartCommand: "node server.js",
  Port: "8080",
};

async function running(repo: TestRepo, autoDeploy = false): Promise<Service> {
  const { service } = await createCodeService(h, { url: repo.url, api: API, autoDeploy });
  expect((await settle(h, service)).Status).toBe("RUNNING");
  return service;
}

const body = async (service: Service) => (await callService(h, service)).body;

async function liveProcesses(service: Service): Promise<number[]> {
  return processesOf(await instanceIds(h, service));
}

describe("deployments", () => {
  it("StartDeployment builds the branch's newest commit", async () => {
    const repo = h.repos.create("acme", "manual", {
      "server.js": NODE_SERVER,
      "message.txt": "version one",
    });
    const service = await running(repo);
    const commit = repo.commit({ "message.txt": "version two" }, "second version");
    // Without automatic deployments nothing changes until a deployment is asked for.
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(await body(service)).toContain("version one");

    const { OperationId } = await h.clients.appRunner.send(
      new StartDeploymentCommand({ ServiceArn: service.ServiceArn }),
    );
    await waitForOperationStatus(
      h.clients.appRunner,
      service.ServiceArn!,
      OperationId!,
      "SUCCEEDED",
      {
        timeoutMs: 30_000,
      },
    );
    expect(await body(service)).toContain("version two");
    expect(await deploymentLines(h, service, OperationId!)).toContain(
      `[AppRunner] Checked out commit ${commit.slice(0, 7)} (second version) from ${repo.path}.`,
    );
  });

  it("a new commit deploys itself when AutoDeploymentsEnabled", async () => {
    // "Whenever you push … a new commit to your code repository, App Runner automatically
    // deploys it to your service without further action on your side." (manage-deploy.html)
    const repo = h.repos.create("acme", "auto", {
      "server.js": NODE_SERVER,
      "message.txt": "before the push",
    });
    const service = await running(repo, true);
    const commit = repo.commit({ "message.txt": "after the push" }, "push");
    await expect
      .poll(() => body(service), { timeout: 30_000, interval: 250 })
      .toContain("after the push");
    const operations = await listAllOperations(h.clients.appRunner, service.ServiceArn!);
    expect(operations[0]).toMatchObject({ Type: "START_DEPLOYMENT", Status: "SUCCEEDED" });
    expect(await eventLines(h, service)).toContain(
      `New commit ${commit.slice(0, 7)} detected on the branch.`,
    );
  });

  it("a commit whose automatic deployment fails is rolled back once, not retried in a loop", async () => {
    const repo = h.repos.create("acme", "auto-broken", {
      "server.js": NODE_SERVER,
      "build.sh": "exit 0\n",
      "message.txt": "good version",
    });
    const { service } = await createCodeService(h, {
      url: repo.url,
      api: { ...API, BuildCommand: "sh build.sh" },
      autoDeploy: true,
    });
    expect((await settle(h, service)).Status).toBe("RUNNING");
    const arn = service.ServiceArn!;
    repo.commit({ "build.sh": "exit 1\n", "message.txt": "broken version" }, "break the build");
    await expect
      .poll(async () => (await listAllOperations(h.clients.appRunner, arn))[0]?.Status, {
        timeout: 30_000,
        interval: 250,
      })
      .toBe("ROLLBACK_SUCCEEDED");
    // Several polls later the same commit has not been tried again; the old version still runs.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await listAllOperations(h.clients.appRunner, arn)).toHaveLength(2);
    expect(await body(service)).toContain("good version");
    // The next commit is deployed again.
    repo.commit({ "build.sh": "exit 0\n", "message.txt": "fixed version" }, "fix the build");
    await expect
      .poll(() => body(service), { timeout: 30_000, interval: 250 })
      .toContain("fixed version");
  });

  it("UpdateService rebuilds with the new configuration", async () => {
    const repo = h.repos.create("acme", "update", {
      "server.js": NODE_SERVER,
      "message.txt": "configured",
    });
    const service = await running(repo);
    const { OperationId } = await h.clients.appRunner.send(
      new UpdateServiceCommand({
        ServiceArn: service.ServiceArn,
        SourceConfiguration: {
          AuthenticationConfiguration: { ConnectionArn: h.connectionArn },
          AutoDeploymentsEnabled: false,
          CodeRepository: {
            RepositoryUrl: repo.url,
            SourceCodeVersion: { Type: "BRANCH", Value: "main" },
            CodeConfiguration: {
              ConfigurationSource: "API",
              CodeConfigurationValues: {
                ...API,
                BuildCommand: "echo rebuilt",
                RuntimeEnvironmentVariables: { GREETING: "updated" },
              },
            },
          },
        },
      }),
    );
    await waitForOperationStatus(
      h.clients.appRunner,
      service.ServiceArn!,
      OperationId!,
      "SUCCEEDED",
      {
        timeoutMs: 30_000,
      },
    );
    expect(await deploymentLines(h, service, OperationId!)).toContain("[Build] rebuilt");
    expect(await body(service)).toContain("env=updated");
  });
});

describe("pause, resume, delete", () => {
  it("Pause stops the processes, Resume starts the same build, Delete stops and removes it", async () => {
    const repo = h.repos.create("acme", "paused", {
      "server.js": NODE_SERVER,
      "message.txt": "kept build",
    });
    const service = await running(repo);
    const arn = service.ServiceArn!;
    expect(await liveProcesses(service)).not.toEqual([]);

    await h.clients.appRunner.send(new PauseServiceCommand({ ServiceArn: arn }));
    await waitForServiceStatus(h.clients.appRunner, arn, "PAUSED", { timeoutMs: 20_000 });
    await expect.poll(() => liveProcesses(service), { timeout: 10_000 }).toEqual([]);
    expect(await body(service)).not.toContain("kept build");

    // A commit while paused is not built by the resume: it runs what was paused.
    repo.commit({ "message.txt": "not deployed" });
    const resumed = await h.clients.appRunner.send(new ResumeServiceCommand({ ServiceArn: arn }));
    await waitForServiceStatus(h.clients.appRunner, arn, "RUNNING", { timeoutMs: 20_000 });
    expect(await body(service)).toContain("kept build");
    const lines = await deploymentLines(h, service, resumed.OperationId!);
    expect(lines.some((line) => line.startsWith("[Build]"))).toBe(false);

    await h.clients.appRunner.send(new DeleteServiceCommand({ ServiceArn: arn }));
    await waitForServiceStatus(h.clients.appRunner, arn, "DELETED", { timeoutMs: 20_000 });
    await expect.poll(() => liveProcesses(service), { timeout: 10_000 }).toEqual([]);
    const buildDir = path.join(h.emulator.dataDir, "runtime", service.ServiceId!);
    await expect.poll(() => existsSync(buildDir), { timeout: 10_000 }).toBe(false);
  });
});

describe.each(["SIGTERM", "SIGKILL"] as const)("an emulator stopped with %s", (signal) => {
  it("leaves no process behind once it is started again, and brings the service back", async () => {
    const repo = h.repos.create("acme", `restart-${signal.toLowerCase()}`, {
      "server.js": NODE_SERVER,
      "message.txt": "back again",
    });
    const service = await running(repo);
    const before = await instanceIds(h, service);
    expect(processesOf(before)).not.toEqual([]);

    await h.emulator.stop(signal);
    // A clean stop kills every process group; after SIGKILL the next start does.
    if (signal === "SIGTERM") expect(processesOf(before)).toEqual([]);
    await h.emulator.restart();
    h.reconnect();
    expect(processesOf(before)).toEqual([]);

    const again = await describeService(h.clients.appRunner, service.ServiceArn!);
    expect(again.Status).toBe("RUNNING");
    await expect
      .poll(async () => (await callService(h, again)).body, { timeout: 20_000, interval: 250 })
      .toContain("back again");
  });
});

describe("an emulator stopped in the middle of a build", () => {
  it("carries the deployment out again when it starts", async () => {
    const repo = h.repos.create("acme", "slow-build", {
      "server.js": NODE_SERVER,
      "message.txt": "built after all",
    });
    const { service, operationId } = await createCodeService(h, {
      url: repo.url,
      api: { ...API, BuildCommand: "sleep 2" },
    });
    await expect
      .poll(() => deploymentLines(h, service, operationId), { timeout: 20_000, interval: 100 })
      .toContain("[Build] build: sleep 2");
    await h.emulator.stop("SIGTERM");
    await h.emulator.restart();
    h.reconnect();
    expect((await settle(h, service)).Status).toBe("RUNNING");
    await waitForOperationStatus(
      h.clients.appRunner,
      service.ServiceArn!,
      operationId,
      "SUCCEEDED",
    );
    const again = await describeService(h.clients.appRunner, service.ServiceArn!);
    expect((await callService(h, again)).body).toContain("built after all");
  });
});
