import type { LogLine, WireOperation } from "@/lib/apprunner/watch/wire";

export type PhaseKey =
  | "queued"
  | "image-pull"
  | "build"
  | "provisioning"
  | "health-check"
  | "routing"
  | "stopping"
  | "removing"
  | "rollback"
  | "done";

export type PhaseStatus = "pending" | "active" | "done" | "failed" | "skipped";

export type Phase = {
  key: PhaseKey;
  label: string;
  status: PhaseStatus;
  startedAt: number | undefined;
  endedAt: number | undefined;
  /** Time spent so far (active) or in total (done, failed); undefined when not started. */
  durationMs: number | undefined;
};

export type PhaseFailure = {
  phase: PhaseKey;
  label: string;
  /** What went wrong and what to do, in plain words. */
  summary: string;
  /** The log lines that explain it. */
  lines: LogLine[];
};

export type OperationProgress = {
  phases: Phase[];
  totalMs: number | undefined;
  failure: PhaseFailure | undefined;
};

type PhaseRule = {
  key: PhaseKey;
  label: string;
  /** A line that shows the phase has started (optional: a phase also starts when the previous ends). */
  start?: RegExp;
  /** A line that shows the phase has finished. */
  end: RegExp;
  /** A line that shows the phase has failed. */
  fail?: RegExp;
};

const QUEUED: PhaseRule = {
  key: "queued",
  label: "Queued",
  end: /deployment (with id .*)?started|resuming service|pausing service|deleting service/i,
};
const IMAGE_PULL: PhaseRule = {
  key: "image-pull",
  label: "Image pull",
  start: /pulling image/i,
  end: /successfully pulled (your application )?image/i,
  fail: /failed to pull (your application )?image/i,
};
const BUILD: PhaseRule = {
  key: "build",
  label: "Source pull and build",
  start: /pulling source code|starting source code build/i,
  end: /successfully built (source code|the application image)/i,
  fail: /failed to (pull your application source|build)/i,
};
const PROVISIONING: PhaseRule = {
  key: "provisioning",
  label: "Provisioning",
  start: /provisioning instances/i,
  end: /performing health check/i,
};
const HEALTH_CHECK: PhaseRule = {
  key: "health-check",
  label: "Health check",
  start: /performing health check/i,
  end: /health check (on .* )?is successful/i,
  fail: /health check failed/i,
};
const ROUTING: PhaseRule = {
  key: "routing",
  label: "Routing traffic",
  end: /successfully routed incoming traffic/i,
};
const STOPPING: PhaseRule = {
  key: "stopping",
  label: "Stopping instances",
  end: /service paused/i,
};
const REMOVING: PhaseRule = {
  key: "removing",
  label: "Removing the service",
  end: /service deleted/i,
};
const ROLLBACK: PhaseRule = {
  key: "rollback",
  label: "Rolling back",
  start: /rollback started|rolling back/i,
  end: /rollback completed/i,
  fail: /rollback failed/i,
};

const SUMMARIES: Partial<Record<PhaseKey, string>> = {
  "image-pull":
    "App Runner could not pull the image. Check that the image URI and tag exist and, for private ECR, that the access role can read the repository.",
  build:
    "The source could not be pulled or built. Check the connection's access to the repository, that the branch exists, and the build command.",
  provisioning: "App Runner could not provision instances for the new version.",
  "health-check":
    "The application started but did not pass its health check. Check that it listens on the configured port (and answers the path, for HTTP) within the health check's timeout.",
  routing: "App Runner could not route traffic to the new version.",
  stopping: "App Runner could not stop the service's instances.",
  removing: "App Runner could not remove the service.",
};

const FAILED_STATUSES = new Set([
  "FAILED",
  "ROLLBACK_IN_PROGRESS",
  "ROLLBACK_SUCCEEDED",
  "ROLLBACK_FAILED",
]);
const RUNNING_STATUSES = new Set(["PENDING", "IN_PROGRESS", "ROLLBACK_IN_PROGRESS"]);
const EXPLAINS =
  /fail|error|unable|denied|exited|non-zero|unhealthy|not found|manifest unknown|timed? ?out/i;
/** The generic closing line explains nothing; the lines before it do. */
const GENERIC = /deployment (with id .* )?failed\.?$|for details, see service logs/i;

function ms(value: string | undefined): number | undefined {
  const t = value ? Date.parse(value) : NaN;
  return Number.isNaN(t) ? undefined : t;
}

function rulesFor(op: WireOperation, sourceKind: "image" | "code" | undefined): PhaseRule[] {
  switch (op.Type) {
    case "PAUSE_SERVICE":
      return [QUEUED, STOPPING];
    case "DELETE_SERVICE":
      return [QUEUED, REMOVING];
    default: {
      const source = sourceKind === "code" ? BUILD : IMAGE_PULL;
      const rules = [QUEUED, source, PROVISIONING, HEALTH_CHECK, ROUTING];
      if (op.Status?.startsWith("ROLLBACK")) rules.push(ROLLBACK);
      return rules;
    }
  }
}

export type PhaseInput = {
  operation: WireOperation;
  /** The service's `events` log and the operation's `deployment/<id>` log (any order). */
  lines: LogLine[];
  /** Lines of the operation's deployment log, to explain a failure. */
  deploymentLines?: LogLine[];
  sourceKind: "image" | "code" | undefined;
  now: number;
};

/**
 * The phases of one operation (queued → image pull or build → provisioning → health check →
 * routing traffic → done), with the time spent in each, from the operation's status and the
 * log lines written while it ran. Phases are back to back: each starts when the one before ends,
 * so their times add up to the total.
 */
export function deploymentPhases({
  operation,
  lines,
  deploymentLines = [],
  sourceKind,
  now,
}: PhaseInput): OperationProgress {
  const startedAt = ms(operation.StartedAt);
  const endedAt = ms(operation.EndedAt);
  const status = operation.Status ?? "";
  const running = RUNNING_STATUSES.has(status);
  const failed = FAILED_STATUSES.has(status);
  const succeeded = status === "SUCCEEDED";
  // Lines of this operation only: the events log also holds earlier operations.
  const window = lines
    .filter(
      (l) =>
        (startedAt === undefined || l.timestamp >= startedAt - 1_000) &&
        (endedAt === undefined || l.timestamp <= endedAt + 1_000),
    )
    .sort((a, b) => a.timestamp - b.timestamp);
  const find = (re: RegExp | undefined, from: number) =>
    re ? window.find((l) => l.timestamp >= from && re.test(l.message)) : undefined;
  // The lines and the start are stamped by App Runner's clock, `now` by the viewer's, which ticks
  // once a second and may lag: read time no earlier than the latest evidence, so a running total
  // is never shorter than the phases under it, nor negative.
  const clock = Math.max(now, startedAt ?? now, window.at(-1)?.timestamp ?? now);

  const all = rulesFor(operation, sourceKind);
  const rollback = all.find((r) => r.key === "rollback");
  const rules = all.filter((r) => r !== rollback);
  const phases: Phase[] = [];
  let cursor = startedAt ?? clock;
  let failedKey: PhaseKey | undefined;
  const make = (rule: PhaseRule, status: PhaseStatus, from?: number, to?: number): Phase => ({
    key: rule.key,
    label: rule.label,
    status,
    startedAt: from,
    endedAt: to,
    durationMs: from !== undefined && to !== undefined ? to - from : undefined,
  });

  for (const [i, rule] of rules.entries()) {
    if (failedKey || phases.some((p) => p.status === "active" || p.status === "pending")) {
      phases.push(make(rule, "pending"));
      continue;
    }
    const ended = find(rule.end, cursor);
    const failLine = find(rule.fail, cursor);
    if (failLine && (!ended || failLine.timestamp <= ended.timestamp)) {
      phases.push(make(rule, "failed", cursor, failLine.timestamp));
      failedKey = rule.key;
      cursor = failLine.timestamp;
    } else if (ended) {
      phases.push(make(rule, "done", cursor, ended.timestamp));
      cursor = ended.timestamp;
    } else if (
      rules.slice(i + 1).some((later) => find(later.start, cursor) ?? find(later.end, cursor))
    ) {
      // A later phase is under way without this one (a resume has no image pull).
      phases.push(make(rule, "skipped"));
    } else if (running) {
      phases.push(make(rule, "active", cursor, clock));
      phases.at(-1)!.endedAt = undefined;
    } else if (failed) {
      // No line names the failure: blame the phase that was under way.
      const at = endedAt ?? clock;
      phases.push(make(rule, "failed", cursor, at));
      failedKey = rule.key;
      cursor = at;
    } else if (succeeded) {
      // Finished, but its lines are not (yet) readable: done, time unknown.
      phases.push(make(rule, "done"));
    } else {
      phases.push(make(rule, "pending"));
    }
  }

  if (rollback && failedKey) {
    const ended = find(rollback.end, cursor);
    const failLine = find(rollback.fail, cursor);
    if (failLine) phases.push(make(rollback, "failed", cursor, failLine.timestamp));
    else if (ended) phases.push(make(rollback, "done", cursor, ended.timestamp));
    else if (running)
      phases.push({ ...make(rollback, "active", cursor, clock), endedAt: undefined });
    else phases.push(make(rollback, "pending"));
  }

  const finished = !running && endedAt !== undefined;
  phases.push({
    key: "done",
    label: failed ? (status === "ROLLBACK_SUCCEEDED" ? "Failed, rolled back" : "Failed") : "Done",
    status: succeeded ? "done" : failed && !running ? "failed" : "pending",
    startedAt: finished ? endedAt : undefined,
    endedAt: finished ? endedAt : undefined,
    durationMs: finished ? 0 : undefined,
  });

  const totalMs =
    startedAt === undefined ? undefined : (running ? clock : (endedAt ?? clock)) - startedAt;
  return {
    phases,
    totalMs,
    failure: failedKey ? explain(failedKey, phases, deploymentLines, window) : undefined,
  };
}

function explain(
  key: PhaseKey,
  phases: Phase[],
  deploymentLines: LogLine[],
  window: LogLine[],
): PhaseFailure {
  const label = phases.find((p) => p.key === key)?.label ?? key;
  const source = deploymentLines.length > 0 ? deploymentLines : window;
  let lines = source.filter((l) => EXPLAINS.test(l.message) && !GENERIC.test(l.message));
  if (lines.length === 0) lines = source.slice(-5);
  return {
    phase: key,
    label,
    summary: SUMMARIES[key] ?? "The operation failed. The log lines below say why.",
    lines: lines.slice(-10),
  };
}
