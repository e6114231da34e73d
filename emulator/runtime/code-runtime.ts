/**
 * Runs code-repository services for real (`--code-services run`, see docs/emulator-runtime.md).
 *
 * Instance API (what the reverse proxy and auto scaling build on):
 * - `instances(serviceArn)`: the service's healthy instances, `{ instanceId, port, startedAt }`
 *   (`port` on 127.0.0.1; `startedAt` in ms since the epoch). Empty when it runs nothing.
 * - `addInstance(serviceArn)`: starts one more process of the deployed build (builds nothing)
 *   and resolves with `{ instanceId, port }` once its health check passes, or `undefined` when
 *   the service has no deployed build, is not running, or the new instance fails its check.
 * - `removeInstance(serviceArn, instanceId)`: stops that instance (its whole process group).
 * - `on("instances", (serviceArn, count) => …)`: emitted whenever a service's count of healthy
 *   instances changes (started, stopped, replaced, paused, deleted).
 * A deployment starts the service's MinSize instances (its auto scaling configuration's).
 */
import { EventEmitter } from "node:events";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

import { HEALTH_CHECK_DEFAULTS } from "@/lib/apprunner/constants";

import { hex32 } from "../ids";
import type { Lifecycle, OperationRunner, RunnerJob } from "../lifecycle/lifecycle";
import { applicationLogGroup, EVENTS_STREAM, serviceLogGroup } from "../lifecycle/log-names";
import {
  app,
  closingPhases,
  FAILURE_REASONS,
  healthTarget,
  TRIGGER,
} from "../lifecycle/plan-operation";
import type { ServiceDoc } from "../shapes/service";
import type { LogStore } from "../store/log-store";
import type { ResourceRow, ResourceStore } from "../store/resource-store";
import {
  fromApiValues,
  hasProgram,
  interpreterFor,
  readConfigFile,
  type AppConfig,
} from "./app-config";
import { probe, type HealthSettings } from "./health-check";
import { killGroup, killGroupsOnExit, spawnGroup, type GroupChild } from "./process-group";
import { branchHead, checkout, commitSubject, locateRepository } from "./repository";
import { resolveSecrets } from "./secrets";

export type InstanceInfo = { instanceId: string; port: number; startedAt: number };

/** A deployed build: what every instance of the service runs. Saved as `active.json`. */
type Artifact = {
  operationId: string;
  repositoryUrl: string;
  repoPath: string;
  branch: string;
  commit: string;
  workDir: string;
  sourceDir: string;
  config: AppConfig;
  memoryMb: number;
  health: HealthSettings;
};

type Instance = InfoWithProc & { healthy: boolean; stopping: boolean };
type InfoWithProc = InstanceInfo & { proc: GroupChild };

type ServiceState = {
  arn: string;
  serviceId: string;
  active?: Artifact;
  instances: Instance[];
  deploying: boolean;
  /** Bumped by each pause or delete: an instance started before it must not outlive it. */
  epoch: number;
  /** The last commit an automatic deployment tried: a failed one is not retried in a loop. */
  autoTried?: string;
};

class StepFailure extends Error {
  constructor(
    readonly events: string[],
    readonly deployment: string[],
  ) {
    super(events[0] ?? "failed");
  }
}

export type RuntimeOptions = {
  dataDir: string;
  reposDir: string;
  repoPollMs: number;
};

/** A free TCP port on loopback (the kernel's choice; released before the app binds it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function healthSettings(doc: ServiceDoc): HealthSettings {
  const h = { ...HEALTH_CHECK_DEFAULTS, ...doc.HealthCheckConfiguration };
  return {
    protocol: h.Protocol === "HTTP" ? "HTTP" : "TCP",
    path: h.Path ?? "/",
    intervalMs: (h.Interval ?? HEALTH_CHECK_DEFAULTS.Interval) * 1000,
    timeoutMs: (h.Timeout ?? HEALTH_CHECK_DEFAULTS.Timeout) * 1000,
    healthyThreshold: h.HealthyThreshold ?? HEALTH_CHECK_DEFAULTS.HealthyThreshold,
    unhealthyThreshold: h.UnhealthyThreshold ?? HEALTH_CHECK_DEFAULTS.UnhealthyThreshold,
  };
}

/** The environment an app gets from this machine: enough to find programs, nothing of ours. */
function baseEnv(): NodeJS.ProcessEnv {
  const keep = ["PATH", "HOME", "LANG", "LC_ALL", "TZ", "TMPDIR", "USER", "SHELL"];
  const env: Record<string, string> = {};
  for (const key of keep) {
    const value = process.env[key];
    if (value !== undefined) env[key] = value;
  }
  return env as NodeJS.ProcessEnv;
}

export class CodeRuntime extends EventEmitter implements OperationRunner {
  private readonly services = new Map<string, ServiceState>();
  private poller: NodeJS.Timeout | undefined;
  private closed = false;
  private readonly root: string;

  constructor(
    private readonly store: ResourceStore,
    private readonly logs: LogStore,
    private readonly lifecycle: Lifecycle,
    private readonly options: RuntimeOptions,
  ) {
    super();
    this.root = path.resolve(options.dataDir, "runtime");
    killGroupsOnExit();
  }

  // ---- Instance API -------------------------------------------------------------------------

  instances(serviceArn: string): InstanceInfo[] {
    return (this.services.get(serviceArn)?.instances ?? [])
      .filter((i) => i.healthy && !i.stopping)
      .map(({ instanceId, port, startedAt }) => ({ instanceId, port, startedAt }));
  }

  async addInstance(serviceArn: string): Promise<{ instanceId: string; port: number } | undefined> {
    const state = this.services.get(serviceArn);
    const artifact = state?.active;
    const row = this.store.get(serviceArn);
    if (!state || !artifact || !row || row.status !== "RUNNING" || this.closed) return undefined;
    const started = await this.startInstance(state, artifact, row);
    if (!started.ok) return undefined;
    return { instanceId: started.instance.instanceId, port: started.instance.port };
  }

  async removeInstance(serviceArn: string, instanceId: string): Promise<void> {
    const state = this.services.get(serviceArn);
    const instance = state?.instances.find((i) => i.instanceId === instanceId);
    if (!state || !instance) return;
    await this.stopInstance(state, instance);
  }

  // ---- OperationRunner ----------------------------------------------------------------------

  handles(doc: ServiceDoc): boolean {
    return doc.SourceConfiguration.CodeRepository !== undefined;
  }

  run(job: RunnerJob): void {
    const state = this.state(job.serviceArn, job.target.ServiceId);
    state.deploying = true;
    // After the request's transaction commits: the operation row must exist first.
    setImmediate(() => {
      void this.deploy(job, state).finally(() => {
        state.deploying = false;
      });
    });
  }

  stop(serviceArn: string, doc: ServiceDoc, removeFiles: boolean): void {
    const state = this.state(serviceArn, doc.ServiceId);
    state.epoch += 1;
    const all = [...state.instances];
    void Promise.all(all.map((i) => this.stopInstance(state, i))).then(async () => {
      if (!removeFiles) return;
      this.services.delete(serviceArn);
      await rm(path.join(this.root, state.serviceId), { recursive: true, force: true });
    });
  }

  // ---- Start, stop, restore -----------------------------------------------------------------

  /** Brings back what ran before a restart, then watches branches for new commits. */
  start(): void {
    mkdirSync(this.root, { recursive: true });
    this.killLeftovers();
    const rows = this.store.db
      .prepare<[], ResourceRow>(
        "SELECT * FROM resources WHERE kind = 'service' AND status NOT IN ('DELETED')",
      )
      .all();
    for (const row of rows) {
      const doc = JSON.parse(row.doc) as ServiceDoc;
      if (!this.handles(doc)) continue;
      const state = this.state(row.arn, doc.ServiceId);
      state.active = this.loadArtifact(doc.ServiceId);
      const latest = this.store.operations(row.arn, Number.MAX_SAFE_INTEGER, 1)[0];
      const unfinished =
        latest &&
        (latest.status === "PENDING" || latest.status === "IN_PROGRESS") &&
        latest.type !== "PAUSE_SERVICE" &&
        latest.type !== "DELETE_SERVICE";
      if (unfinished) {
        // The emulator stopped in the middle of this deployment: carry it out again.
        const pending = latest.pending ? (JSON.parse(latest.pending) as ServiceDoc) : doc;
        this.run({
          operationId: latest.id,
          serviceArn: row.arn,
          type: latest.type as RunnerJob["type"],
          target: pending,
          previousStatus: state.active ? "RUNNING" : "CREATE_FAILED",
        });
      } else if (row.status === "RUNNING" && state.active) {
        void this.startWanted(state, state.active, row).then((ok) =>
          this.event(row.arn, [
            ok
              ? "The emulator restarted; instances started again from the deployed build."
              : "The emulator restarted; the deployed build's instances failed their health check.",
          ]),
        );
      }
    }
    this.poller = setInterval(() => void this.pollBranches(), this.options.repoPollMs);
    this.poller.unref();
  }

  /** Stops every instance (their process groups) and the branch watch. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.poller) clearInterval(this.poller);
    const all: Promise<void>[] = [];
    for (const state of this.services.values())
      for (const instance of [...state.instances]) all.push(this.stopInstance(state, instance));
    await Promise.all(all);
  }

  // ---- Deployments --------------------------------------------------------------------------

  private state(arn: string, serviceId: string): ServiceState {
    let state = this.services.get(arn);
    if (!state) {
      state = { arn, serviceId, instances: [], deploying: false, epoch: 0 };
      this.services.set(arn, state);
    }
    return state;
  }

  private artifactFile(serviceId: string): string {
    return path.join(this.root, serviceId, "active.json");
  }

  private loadArtifact(serviceId: string): Artifact | undefined {
    try {
      const artifact = JSON.parse(readFileSync(this.artifactFile(serviceId), "utf8")) as Artifact;
      return existsSync(artifact.sourceDir) ? artifact : undefined;
    } catch {
      return undefined;
    }
  }

  private saveArtifact(serviceId: string, artifact: Artifact): void {
    mkdirSync(path.join(this.root, serviceId), { recursive: true });
    writeFileSync(this.artifactFile(serviceId), JSON.stringify(artifact, null, 2));
  }

  /** An app's line; what it prints while the emulator closes may find the database closed. */
  private appendQuietly(group: string, stream: string, line: string): void {
    try {
      this.logs.append(group, stream, Date.now(), [line]);
    } catch (error) {
      if (!this.closed) throw error;
    }
  }

  private event(serviceArn: string, events: string[]): void {
    if (this.closed) return;
    const row = this.store.get(serviceArn);
    if (!row) return;
    const doc = JSON.parse(row.doc) as ServiceDoc;
    this.logs.append(
      serviceLogGroup(doc.ServiceName, doc.ServiceId),
      EVENTS_STREAM,
      Date.now(),
      events,
    );
  }

  private async deploy(job: RunnerJob, state: ServiceState): Promise<void> {
    const { operationId, serviceArn, type } = job;
    if (!this.store.operation(operationId)) return;
    const log = (events: string[] | undefined, deployment: string[] | undefined) => {
      // Once the emulator is closing, the database may be gone: the next start redoes this.
      if (this.closed) return;
      this.lifecycle.log(serviceArn, operationId, {
        ...(events ? { events } : {}),
        ...(deployment ? { deployment } : {}),
      });
    };
    const end = (failed: boolean) => {
      for (const phase of closingPhases(job, failed ? 0 : undefined)) {
        const { at: _at, ...step } = phase;
        this.lifecycle.finish(operationId, serviceArn, { ...step, atMs: Date.now() });
      }
    };
    this.lifecycle.finish(operationId, serviceArn, {
      atMs: Date.now(),
      operationStatus: "IN_PROGRESS",
      events: [
        ...(job.automatic
          ? [`New commit ${job.automatic.commit.slice(0, 7)} detected on the branch.`]
          : []),
        type === "RESUME_SERVICE" ? "Resuming service." : "Deployment started.",
      ],
      deployment: [
        app(
          `Deployment with ID : ${operationId} started. Triggering event : ${
            job.automatic ? "AUTOMATIC_DEPLOYMENT" : TRIGGER[type]
          }`,
        ),
      ],
    });

    let artifact: Artifact | undefined;
    let built: Artifact | undefined;
    try {
      // A resume runs the build it paused with; anything else builds the branch's newest commit.
      artifact = type === "RESUME_SERVICE" ? state.active : undefined;
      if (!artifact) {
        built = await this.build(job, log);
        artifact = built;
      }
      await this.provision(job, state, artifact, log);
    } catch (error) {
      // Stopped by the emulator closing: left in progress, the next start carries it out again.
      if (this.closed) return;
      if (!(error instanceof StepFailure)) {
        console.error("emulator: deployment failed unexpectedly:", error);
        log(undefined, [app(`The emulator could not carry out this deployment: ${String(error)}`)]);
      } else log(error.events, error.deployment);
      if (built) await rm(built.workDir, { recursive: true, force: true });
      if (this.store.operation(operationId)) end(true);
      return;
    }
    if (!this.closed) end(false);
  }

  private async build(
    job: RunnerJob,
    log: (events: string[] | undefined, deployment: string[] | undefined) => void,
  ): Promise<Artifact> {
    const repo = job.target.SourceConfiguration.CodeRepository!;
    const url = repo.RepositoryUrl;
    const branch = repo.SourceCodeVersion.Value;
    const pullFailed = (detail: string) => {
      const reason = FAILURE_REASONS.pull(url, branch);
      return new StepFailure([reason], [app(detail), app(reason)]);
    };
    log(undefined, [app(`Pulling source code from ${url} (branch ${branch}).`)]);
    const located = await locateRepository(url, this.options.reposDir);
    if (!located.ok)
      throw pullFailed(
        located.looked.length > 0
          ? `Repository ${url} not found: looked in ${located.looked.join(" and ")}.`
          : `Repository ${url} not found: the URL names no place on this machine.`,
      );
    const commit = job.automatic?.commit ?? (await branchHead(located.path, branch));
    if (!commit) throw pullFailed(`Branch ${branch} not found in ${located.path}.`);
    const workDir = path.join(this.root, job.target.ServiceId, job.operationId);
    rmSync(workDir, { recursive: true, force: true });
    await checkout(located.path, commit, workDir);
    const sourceDirectory = (repo.SourceDirectory ?? "/").replace(/^\/+/, "");
    const sourceDir = path.resolve(workDir, sourceDirectory);
    if (!sourceDir.startsWith(workDir) || !existsSync(sourceDir))
      throw pullFailed(
        `Source directory ${repo.SourceDirectory} not found in commit ${commit.slice(0, 7)}.`,
      );
    const subject = await commitSubject(located.path, commit);
    log(
      ["Successfully pulled your application source code."],
      [
        app(
          `Checked out commit ${commit.slice(0, 7)}${subject ? ` (${subject})` : ""} from ${located.path}.`,
        ),
        app("Successfully pulled your application source code."),
        app("Starting source code build."),
      ],
    );

    const buildFailed = (detail: string, phase?: string) => {
      const reason =
        phase === undefined
          ? `Failed to build your application source code. Reason: ${detail}`
          : FAILURE_REASONS.build(phase);
      return new StepFailure([reason], [`[Build] ${detail}`, app(reason)]);
    };
    const code = repo.CodeConfiguration;
    const configured =
      code?.ConfigurationSource === "API" && code.CodeConfigurationValues
        ? fromApiValues(code.CodeConfigurationValues)
        : await readConfigFile(sourceDir);
    if (!configured.ok) throw buildFailed(configured.reason);
    const config = configured.config;
    log(undefined, [
      `[Build] Configuration from ${config.from === "API" ? "the service's code configuration" : "apprunner.yaml"}: runtime ${config.runtime}, port ${config.port}.`,
    ]);
    const program = interpreterFor(config.runtime);
    if (!program) throw buildFailed(`The runtime ${config.runtime} is not one App Runner offers.`);
    if (!hasProgram(program))
      throw buildFailed(
        `The runtime ${config.runtime} needs \`${program}\`, which this machine does not have on its PATH.`,
      );

    const env = { ...baseEnv(), ...config.buildEnv };
    for (const { phase, commands } of config.buildPhases) {
      for (const command of commands) {
        log(undefined, [`[Build] ${phase}: ${command}`]);
        const proc = spawnGroup(command, {
          cwd: sourceDir,
          env,
          onLine: (line) => log(undefined, [`[Build] ${line}`]),
        });
        const exit = await proc.exited;
        const status = exit.code ?? 128;
        log(undefined, [`[Build] ${phase}: '${command}' exited with status ${status}`]);
        if (status !== 0) {
          const reason = FAILURE_REASONS.build(phase);
          throw new StepFailure(
            [reason],
            [
              `[Build] The command '/bin/sh -c ${command}' returned a non-zero code: ${status}`,
              app(reason),
            ],
          );
        }
      }
    }
    log(["Successfully built source code."], [app("Successfully built source code.")]);

    const memory = Number(job.target.InstanceConfiguration.Memory) || 2048;
    return {
      operationId: job.operationId,
      repositoryUrl: url,
      repoPath: located.path,
      branch,
      commit,
      workDir,
      sourceDir,
      config,
      memoryMb: memory,
      health: healthSettings(job.target),
    };
  }

  private async provision(
    job: RunnerJob,
    state: ServiceState,
    artifact: Artifact,
    log: (events: string[] | undefined, deployment: string[] | undefined) => void,
  ): Promise<void> {
    const secrets = await resolveSecrets(this.options.dataDir, artifact.config.secrets);
    if (!secrets.ok)
      throw new StepFailure(
        ["Failed to read your service's secrets. For details, see service logs."],
        [app(secrets.reason)],
      );
    const access =
      (job.target.NetworkConfiguration.IngressConfiguration?.IsPubliclyAccessible ?? true)
        ? "publicly"
        : "privately";
    log(
      ["Provisioning instances and deploying image."],
      [app(`Provisioning instances and deploying image for ${access} accessible service.`)],
    );
    // A resume or update takes the health check it is given now, not the one of the build.
    artifact = { ...artifact, health: healthSettings(job.target) };
    const target = healthTarget({
      port: artifact.config.port,
      healthCheck: { protocol: artifact.health.protocol, path: artifact.health.path },
    });
    log(
      [`Performing health check on port '${artifact.config.port}'.`],
      [app(`Performing health check on ${target}.`)],
    );
    const row = this.store.get(job.serviceArn);
    if (!row) throw new StepFailure([], []);
    const wanted = this.minSize(job.target);
    const previous = [...state.instances];
    const results = await Promise.all(
      Array.from({ length: wanted }, () => this.startInstance(state, artifact, row, log)),
    );
    const failed = results.find((r) => !r.ok);
    if (failed || this.closed) {
      for (const r of results) if (r.ok) await this.stopInstance(state, r.instance);
      const reason = FAILURE_REASONS.healthCheck(target);
      throw new StepFailure(
        [reason],
        [...(failed && !failed.ok ? [app(failed.detail)] : []), app(reason)],
      );
    }
    log(["Health check is successful."], [app(`Health check on ${target} is successful.`)]);
    // Traffic moves to the new instances; the previous deployment's stop.
    state.active = artifact;
    this.saveArtifact(state.serviceId, artifact);
    await Promise.all(previous.map((i) => this.stopInstance(state, i)));
    this.removeOldBuilds(state.serviceId, artifact.workDir);
    log(
      ["Successfully routed incoming traffic."],
      [app("Successfully routed incoming traffic to application.")],
    );
  }

  private removeOldBuilds(serviceId: string, keep: string): void {
    const dir = path.join(this.root, serviceId);
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (name !== "active.json" && name !== "pids" && full !== keep)
        rmSync(full, { recursive: true, force: true });
    }
  }

  private minSize(doc: ServiceDoc): number {
    const arn = doc.AutoScalingConfigurationSummary?.AutoScalingConfigurationArn;
    const row = arn ? this.store.get(arn) : undefined;
    const min = row ? (JSON.parse(row.doc) as { MinSize?: number }).MinSize : undefined;
    return Math.max(1, min ?? 1);
  }

  /** Starts MinSize instances of `artifact` for a service that is RUNNING (a restart). */
  private async startWanted(
    state: ServiceState,
    artifact: Artifact,
    row: ResourceRow,
  ): Promise<boolean> {
    const doc = JSON.parse(row.doc) as ServiceDoc;
    const results = await Promise.all(
      Array.from({ length: this.minSize(doc) }, () => this.startInstance(state, artifact, row)),
    );
    return results.every((r) => r.ok);
  }

  // ---- Instances ----------------------------------------------------------------------------

  private async startInstance(
    state: ServiceState,
    artifact: Artifact,
    row: ResourceRow,
    log?: (events: string[] | undefined, deployment: string[] | undefined) => void,
  ): Promise<{ ok: true; instance: Instance } | { ok: false; detail: string }> {
    const doc = JSON.parse(row.doc) as ServiceDoc;
    const epoch = state.epoch;
    const secrets = await resolveSecrets(this.options.dataDir, artifact.config.secrets);
    if (!secrets.ok) return { ok: false, detail: secrets.reason };
    const instanceId = hex32();
    const port = await freePort();
    const { config } = artifact;
    const env: NodeJS.ProcessEnv = {
      ...baseEnv(),
      ...config.env,
      ...secrets.values,
      PORT: String(port),
      ...(config.portEnv ? { [config.portEnv]: String(port) } : {}),
      RUNNERDECK_INSTANCE_ID: instanceId,
    };
    // The instance's memory as a limit: V8's heap for Node.js (an address-space limit stops
    // Node.js from starting at all), the address space (ulimit -v) for everything else.
    const node = interpreterFor(config.runtime) === "node";
    const limitKb = artifact.memoryMb * 1024;
    if (node) env.NODE_OPTIONS = `--max-old-space-size=${Math.floor(artifact.memoryMb * 0.75)}`;
    const command = node
      ? config.startCommand
      : `ulimit -v ${limitKb} 2>/dev/null; ${config.startCommand}`;
    const group = applicationLogGroup(doc.ServiceName, doc.ServiceId);
    const stream = `instance/${instanceId}`;
    this.logs.ensureStream(group, stream, Date.now());
    const proc = spawnGroup(command, {
      cwd: artifact.sourceDir,
      env,
      onLine: (line) => this.appendQuietly(group, stream, line),
    });
    this.notePid(state.serviceId, instanceId, proc.pid);
    void proc.exited.then(() => this.forgetPid(state.serviceId, instanceId));
    const instance: Instance = {
      instanceId,
      port,
      startedAt: Date.now(),
      proc,
      healthy: false,
      stopping: false,
    };
    state.instances.push(instance);
    log?.(undefined, [
      app(
        `Instance ${instanceId} started: \`${config.startCommand}\` with PORT=${port} on 127.0.0.1.`,
      ),
    ]);

    let exited: string | undefined;
    void proc.exited.then(({ code, signal }) => {
      exited = `the process exited (${signal ?? `status ${code}`})`;
    });
    const healthy =
      epoch === state.epoch
        ? await this.waitHealthy(instance, artifact.health, () => exited)
        : { ok: false as const, detail: "the service was paused or deleted" };
    if (healthy.ok && epoch !== state.epoch) {
      await this.stopInstance(state, instance);
      return { ok: false, detail: "the service was paused or deleted" };
    }
    if (!healthy.ok) {
      await this.stopInstance(state, instance);
      return { ok: false, detail: `Instance ${instanceId}: ${healthy.detail}` };
    }
    instance.healthy = true;
    this.emitCount(state);
    void this.watch(state, instance, artifact);
    return { ok: true, instance };
  }

  /**
   * The first probe comes one interval after the start (at most 1 s), then one every interval;
   * HealthyThreshold passes in a row make the instance healthy, UnhealthyThreshold failures in
   * a row (or the process ending) fail it.
   */
  private async waitHealthy(
    instance: Instance,
    settings: HealthSettings,
    exited: () => string | undefined,
  ): Promise<{ ok: true } | { ok: false; detail: string }> {
    let passes = 0;
    let failures = 0;
    let wait = Math.min(settings.intervalMs, 1_000);
    for (;;) {
      await sleep(wait);
      wait = settings.intervalMs;
      if (this.closed || instance.stopping) return { ok: false, detail: "stopped" };
      const gone = exited();
      if (gone) return { ok: false, detail: gone };
      if (await probe(instance.port, settings)) {
        failures = 0;
        if (++passes >= settings.healthyThreshold) return { ok: true };
      } else {
        passes = 0;
        if (++failures >= settings.unhealthyThreshold)
          return {
            ok: false,
            detail: `${failures} health check${failures > 1 ? "s" : ""} in a row failed.`,
          };
      }
    }
  }

  /** After it is healthy: keeps checking, and replaces an instance that turns unhealthy. */
  private async watch(state: ServiceState, instance: Instance, artifact: Artifact): Promise<void> {
    let failures = 0;
    let exited = false;
    void instance.proc.exited.then(() => (exited = true));
    while (!instance.stopping && !this.closed) {
      await sleep(artifact.health.intervalMs);
      if (instance.stopping || this.closed) return;
      if (!exited && (await probe(instance.port, artifact.health))) {
        failures = 0;
        continue;
      }
      if (!exited && ++failures < artifact.health.unhealthyThreshold) continue;
      if (instance.stopping || this.closed) return;
      this.event(state.arn, [
        `Instance ${instance.instanceId} is unhealthy (${exited ? "its process exited" : `${failures} health checks in a row failed`}); replacing it.`,
      ]);
      await this.stopInstance(state, instance);
      const row = this.store.get(state.arn);
      if (row?.status === "RUNNING" && state.active === artifact)
        await this.startInstance(state, artifact, row);
      return;
    }
  }

  private async stopInstance(state: ServiceState, instance: Instance): Promise<void> {
    if (!instance.stopping) {
      instance.stopping = true;
      state.instances = state.instances.filter((i) => i !== instance);
      if (instance.healthy) this.emitCount(state);
    }
    await killGroup(instance.proc);
  }

  private emitCount(state: ServiceState): void {
    this.emit("instances", state.arn, this.instances(state.arn).length);
  }

  // ---- Process groups left by a crash --------------------------------------------------------

  private pidDir(serviceId: string): string {
    return path.join(this.root, serviceId, "pids");
  }

  private notePid(serviceId: string, instanceId: string, pid: number): void {
    if (pid < 0) return;
    mkdirSync(this.pidDir(serviceId), { recursive: true });
    writeFileSync(path.join(this.pidDir(serviceId), instanceId), String(pid));
  }

  private forgetPid(serviceId: string, instanceId: string): void {
    rmSync(path.join(this.pidDir(serviceId), instanceId), { force: true });
  }

  /**
   * An emulator killed with SIGKILL cannot stop its instances; the next start does. A recorded
   * group is killed only if its leader still carries that instance's id in its environment, so
   * a reused pid is never touched.
   */
  private killLeftovers(): void {
    for (const serviceId of existsSync(this.root) ? readdirSync(this.root) : []) {
      const dir = this.pidDir(serviceId);
      if (!existsSync(dir)) continue;
      for (const instanceId of readdirSync(dir)) {
        const pid = Number(readFileSync(path.join(dir, instanceId), "utf8"));
        try {
          const environ = readFileSync(`/proc/${pid}/environ`, "utf8");
          if (pid > 0 && environ.split("\0").includes(`RUNNERDECK_INSTANCE_ID=${instanceId}`))
            process.kill(-pid, "SIGKILL");
        } catch {
          // Gone already, or not ours to read.
        }
        rmSync(path.join(dir, instanceId), { force: true });
      }
    }
  }

  // ---- Automatic deployments ----------------------------------------------------------------

  private polling = false;

  private async pollBranches(): Promise<void> {
    if (this.polling || this.closed) return;
    this.polling = true;
    try {
      for (const state of this.services.values()) {
        const artifact = state.active;
        if (!artifact || state.deploying) continue;
        const row = this.store.get(state.arn);
        if (!row || row.status !== "RUNNING") continue;
        const doc = JSON.parse(row.doc) as ServiceDoc;
        if (!doc.SourceConfiguration.AutoDeploymentsEnabled) continue;
        const head = await branchHead(artifact.repoPath, artifact.branch);
        if (!head || head === artifact.commit || head === state.autoTried || state.deploying)
          continue;
        const fresh = this.store.get(state.arn);
        if (!fresh || fresh.status !== "RUNNING") continue;
        state.autoTried = head;
        this.store.transaction(() =>
          this.lifecycle.start(
            fresh,
            JSON.parse(fresh.doc) as ServiceDoc,
            "START_DEPLOYMENT",
            Date.now(),
            undefined,
            {
              commit: head,
            },
          ),
        );
      }
    } catch (error) {
      console.error("emulator: watching branches failed:", error);
    } finally {
      this.polling = false;
    }
  }
}
