import { DEFAULT_PORT } from "@/lib/apprunner/constants";

import { hex32, epochSeconds, operationId as newOperationId } from "../ids";
import type { ServiceDoc } from "../shapes/service";
import type { LogStore } from "../store/log-store";
import type { ResourceRow, ResourceStore } from "../store/resource-store";
import { applicationLogGroup, deploymentStream, EVENTS_STREAM, serviceLogGroup } from "./log-names";
import { outcomeFromTag, planOperation, type OperationType, type Step } from "./plan-operation";
import { Scheduler, type TimerAction } from "./scheduler";

export const OUTCOME_TAG = "emulator:outcome";

type StepPayload = { operationId: string; serviceArn: string; step: Step };

/** An operation a runner carries out for real instead of on the timed plan. */
export type RunnerJob = {
  operationId: string;
  serviceArn: string;
  type: OperationType;
  /** The configuration being deployed: UpdateService's new one, or the service's. */
  target: ServiceDoc;
  previousStatus: string;
  /** Started by a new commit on the branch rather than by a call. */
  automatic?: { commit: string };
};

/**
 * Runs code-repository services for real (emulator/runtime). Deployments (create, deploy,
 * update, resume) are its to carry out and end through `finish`; pause and delete keep the
 * timed plan, and the runner stops the service's processes when they start.
 */
export interface OperationRunner {
  handles(doc: ServiceDoc): boolean;
  run(job: RunnerJob): void;
  stop(serviceArn: string, doc: ServiceDoc, removeFiles: boolean): void;
}

/**
 * Starts operations (writes the operation, its first log lines and its planned steps) and
 * applies each step when it is due. Other timed changes (connections, domains, ingress) are
 * registered by their handlers through `after`.
 */
export class Lifecycle {
  readonly scheduler: Scheduler;
  private readonly actions: Record<string, TimerAction> = {};
  /** Set in `--code-services run` mode. */
  runner: OperationRunner | undefined;

  constructor(
    private readonly store: ResourceStore,
    private readonly logs: LogStore,
    private readonly operationMs: number,
  ) {
    this.actions["operation-step"] = (payload) => this.applyStep(payload as StepPayload);
    this.scheduler = new Scheduler(store, this.actions);
  }

  /** Registers a named timed action (called once at start-up by resource modules). */
  define(action: string, run: TimerAction): void {
    this.actions[action] = run;
  }

  after(delayMs: number, action: string, payload: unknown, now = Date.now()): void {
    this.scheduler.add(now + delayMs, action, payload);
  }

  /** A fraction of the operation time, for the shorter changes of other resources. */
  fraction(f: number): number {
    return Math.max(1, Math.round(this.operationMs * f));
  }

  /** Creates the log groups of a new service. */
  createLogGroups(region: string, doc: ServiceDoc, now: number): void {
    const group = serviceLogGroup(doc.ServiceName, doc.ServiceId);
    this.logs.ensureGroup(region, group, now);
    this.logs.ensureStream(group, EVENTS_STREAM, now);
    this.logs.ensureGroup(region, applicationLogGroup(doc.ServiceName, doc.ServiceId), now);
  }

  /**
   * Starts an operation on a service: saves it, marks the service OPERATION_IN_PROGRESS and
   * plans its steps. `pending` is the configuration UpdateService applies when it ends (see
   * the plan's `applyPending`: on success, or on a failure with no earlier version to keep).
   */
  start(
    row: ResourceRow,
    doc: ServiceDoc,
    type: OperationType,
    now: number,
    pending?: ServiceDoc,
    automatic?: RunnerJob["automatic"],
  ) {
    const id = newOperationId();
    // What is deployed is the new configuration when UpdateService changes it.
    const target = pending ?? doc;
    const runner = this.runner?.handles(target) ? this.runner : undefined;
    const real = runner !== undefined && type !== "PAUSE_SERVICE" && type !== "DELETE_SERVICE";
    const { ImageRepository: image, CodeRepository: repo } = target.SourceConfiguration;
    const code = repo?.CodeConfiguration?.CodeConfigurationValues;
    const source = image
      ? {
          kind: "image" as const,
          imageIdentifier: image.ImageIdentifier,
          repositoryType: image.ImageRepositoryType,
        }
      : {
          kind: "code" as const,
          repositoryUrl: repo?.RepositoryUrl ?? "",
          branch: repo?.SourceCodeVersion.Value ?? "",
          buildCommand: code?.BuildCommand,
        };
    const steps = planOperation({
      type,
      operationId: id,
      startMs: now,
      operationMs: this.operationMs,
      outcome: outcomeFromTag(this.store.tag(row.arn, OUTCOME_TAG)),
      previousStatus: row.status,
      source,
      port: image?.ImageConfiguration?.Port ?? code?.Port ?? DEFAULT_PORT,
      healthCheck: {
        protocol: target.HealthCheckConfiguration?.Protocol ?? "TCP",
        path: target.HealthCheckConfiguration?.Path ?? "/",
      },
      publiclyAccessible:
        target.NetworkConfiguration.IngressConfiguration?.IsPubliclyAccessible ?? true,
    });
    const at = epochSeconds(now);
    this.store.insertOperation({
      id,
      service_arn: row.arn,
      type,
      status: "PENDING",
      started_at: at,
      ended_at: null,
      updated_at: at,
      pending: pending ? JSON.stringify(pending) : null,
    });
    // Until an update ends, DescribeService shows the configuration from before it (the one a
    // rollback keeps; the API pages are silent on this). UpdateService's own answer is the
    // exception: "All configuration values in the returned Service structure reflect
    // configuration changes that are being applied by this request" (API_UpdateService).
    const next: ServiceDoc = { ...doc, Status: "OPERATION_IN_PROGRESS", UpdatedAt: at };
    this.store.saveDoc(row, next.Status, next);
    this.writeLogs(next, id, steps[0]!);
    if (real) {
      runner.run({
        operationId: id,
        serviceArn: row.arn,
        type,
        target,
        previousStatus: row.status,
        ...(automatic ? { automatic } : {}),
      });
    } else if (runner) runner.stop(row.arn, doc, type === "DELETE_SERVICE");
    for (const step of real ? [] : steps.slice(1)) {
      this.scheduler.add(step.atMs, "operation-step", {
        operationId: id,
        serviceArn: row.arn,
        step,
      });
    }
    const applying = pending ? { ...pending, Status: next.Status, UpdatedAt: at } : next;
    return { operationId: id, service: applying };
  }

  private writeLogs(doc: ServiceDoc, operationId: string, step: Step): void {
    const group = serviceLogGroup(doc.ServiceName, doc.ServiceId);
    if (step.events) this.logs.append(group, EVENTS_STREAM, step.atMs, step.events);
    if (step.deployment)
      this.logs.append(group, deploymentStream(operationId), step.atMs, step.deployment);
  }

  /** Writes lines of an operation a runner carries out, stamped now. */
  log(serviceArn: string, operationId: string, lines: Pick<Step, "events" | "deployment">): void {
    const row = this.store.get(serviceArn);
    if (!row) return;
    this.writeLogs(JSON.parse(row.doc) as ServiceDoc, operationId, { ...lines, atMs: Date.now() });
  }

  /** Applies one step of an operation a runner carries out (status changes and lines). */
  finish(operationId: string, serviceArn: string, step: Step): void {
    this.store.transaction(() => this.applyStep({ operationId, serviceArn, step }));
  }

  private applyStep({ operationId, serviceArn, step }: StepPayload): void {
    const op = this.store.operation(operationId);
    const row = this.store.get(serviceArn);
    if (!op || !row) return;
    let doc = JSON.parse(row.doc) as ServiceDoc;
    this.writeLogs(doc, operationId, step);
    const at = epochSeconds(step.atMs);
    if (step.operationStatus)
      this.store.updateOperation(operationId, step.operationStatus, at, step.ends ? at : null);
    if (!step.serviceStatus) return;
    let link = row.link;
    if (step.applyPending && op.pending) {
      doc = JSON.parse(op.pending) as ServiceDoc;
      link = doc.AutoScalingConfigurationSummary.AutoScalingConfigurationArn ?? link;
    }
    doc = { ...doc, Status: step.serviceStatus, UpdatedAt: at };
    if (step.serviceStatus === "DELETED") {
      doc.DeletedAt = at;
      // A deleted service's custom domains go with it.
      for (const domain of this.store.linkedTo(row.arn, "custom-domain"))
        this.store.remove(domain.arn);
    }
    if (step.serviceStatus === "RUNNING" && !this.runner?.handles(doc))
      this.writeInstanceLog(doc, step.atMs);
    this.store.update({ ...row, link, status: doc.Status, doc: JSON.stringify(doc) });
  }

  /** App Runner runs no code here; the application log says so instead of inventing output. */
  private writeInstanceLog(doc: ServiceDoc, atMs: number): void {
    const group = applicationLogGroup(doc.ServiceName, doc.ServiceId);
    this.logs.append(group, `instance/${hex32()}`, atMs, [
      `The App Runner emulator runs no application code; this instance of ${doc.ServiceName} is simulated.`,
    ]);
  }
}
