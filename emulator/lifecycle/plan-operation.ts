/**
 * The timeline of one operation: what App Runner would log and which statuses change, at which
 * fraction of `--operation-ms`. Pure, so the timing and the outcomes are unit-tested.
 */
export type OperationType =
  | "CREATE_SERVICE"
  | "START_DEPLOYMENT"
  | "UPDATE_SERVICE"
  | "PAUSE_SERVICE"
  | "RESUME_SERVICE"
  | "DELETE_SERVICE";

export type OperationStatus =
  | "PENDING"
  | "IN_PROGRESS"
  | "SUCCEEDED"
  | "FAILED"
  | "ROLLBACK_IN_PROGRESS"
  | "ROLLBACK_SUCCEEDED"
  | "ROLLBACK_FAILED";

/** Outcomes that fail a deployment (create, deploy, update), each at its phase. */
const DEPLOY_FAILURES = ["fail-build", "fail-health-check", "fail-image-pull"] as const;
/** `fail-delete` fails only a DeleteService, so a DELETE_FAILED service can be seen. */
export const OUTCOMES = [...DEPLOY_FAILURES, "fail-delete"] as const;
export type Outcome = (typeof OUTCOMES)[number] | "succeed";

function failsDeployment(outcome: Outcome): boolean {
  return DEPLOY_FAILURES.some((o) => o === outcome);
}

export function outcomeFromTag(value: string | undefined): Outcome {
  return OUTCOMES.find((o) => o === value) ?? "succeed";
}

export type Step = {
  atMs: number;
  events?: string[];
  deployment?: string[];
  operationStatus?: OperationStatus;
  /** The service's status when this step ends the operation. */
  serviceStatus?: "RUNNING" | "CREATE_FAILED" | "PAUSED" | "DELETED" | "DELETE_FAILED";
  /** UpdateService's new configuration becomes the service's. */
  applyPending?: boolean;
  ends?: boolean;
};

export type PlanInput = {
  type: OperationType;
  operationId: string;
  startMs: number;
  operationMs: number;
  outcome: Outcome;
  /** Status before the operation: a failed deployment of a RUNNING service rolls back. */
  previousStatus: string;
  source:
    | { kind: "image"; imageIdentifier: string; repositoryType: string }
    | { kind: "code"; repositoryUrl: string; branch: string; buildCommand: string | undefined };
  port: string;
  healthCheck: { protocol: string; path: string };
  publiclyAccessible: boolean;
};

export const TRIGGER: Record<OperationType, string> = {
  CREATE_SERVICE: "SERVICE_CREATE",
  START_DEPLOYMENT: "MANUAL_DEPLOYMENT",
  UPDATE_SERVICE: "CONFIGURATION_UPDATE",
  RESUME_SERVICE: "SERVICE_RESUME",
  PAUSE_SERVICE: "SERVICE_PAUSE",
  DELETE_SERVICE: "SERVICE_DELETE",
};

export const app = (line: string) => `[AppRunner] ${line}`;

/** How the deployment log names a health check, e.g. "protocol `TCP` [Port: '8080']". */
export function healthTarget(input: Pick<PlanInput, "healthCheck" | "port">): string {
  return input.healthCheck.protocol === "HTTP"
    ? `protocol \`HTTP\` [Path: '${input.healthCheck.path}'], [Port: '${input.port}']`
    : `protocol \`TCP\` [Port: '${input.port}']`;
}

/** The reason lines App Runner gives for each failed phase (events and deployment log). */
export const FAILURE_REASONS = {
  pull: (url: string, branch: string) =>
    `Failed to pull your application source code. Be sure the connection has access to ${url} and the branch ${branch} exists.`,
  build: (phase = "build") =>
    `Failed to build your application source code. Reason: Failed to execute '${phase}' command.`,
  healthCheck: (target: string) =>
    `Health check failed on ${target}. Check your configured port number. For more information, see the application logs.`,
};

export type Phase = Omit<Step, "atMs"> & { at: number };

/** Source phase(s): image pull, or source pull and build. Returns the failure phase if any. */
function sourcePhases(input: PlanInput, fail: boolean): { phases: Phase[]; failedAt?: number } {
  const { source, outcome } = input;
  if (source.kind === "image") {
    const from = source.repositoryType === "ECR_PUBLIC" ? "ECR Public" : "ECR";
    const pulling = {
      at: 0.08,
      deployment: [app(`Pulling image ${source.imageIdentifier} from ${from} repository.`)],
    };
    if (fail && outcome !== "fail-health-check") {
      const reason = `Failed to pull your application image. Be sure you configure your service with a valid access role to your ECR repository.`;
      return {
        phases: [
          pulling,
          {
            at: 0.25,
            events: [reason],
            deployment: [
              app(
                `Failed to pull image ${source.imageIdentifier}: manifest unknown (the image or tag does not exist, or the access role cannot read it).`,
              ),
              app(reason),
            ],
          },
        ],
        failedAt: 0.25,
      };
    }
    return {
      phases: [
        pulling,
        {
          at: 0.25,
          events: [`Successfully pulled image from ${from}.`],
          deployment: [app(`Successfully pulled your application image from ${from}.`)],
        },
      ],
    };
  }
  const pull: Phase = {
    at: 0.1,
    deployment: [
      app(`Pulling source code from ${source.repositoryUrl} (branch ${source.branch}).`),
    ],
  };
  if (fail && outcome === "fail-image-pull") {
    const reason = FAILURE_REASONS.pull(source.repositoryUrl, source.branch);
    return {
      phases: [pull, { at: 0.2, events: [reason], deployment: [app(reason)] }],
      failedAt: 0.2,
    };
  }
  const build = source.buildCommand ?? "build command from apprunner.yaml";
  const phases: Phase[] = [
    pull,
    {
      at: 0.16,
      events: ["Successfully pulled your application source code."],
      deployment: [
        app("Successfully pulled your application source code."),
        app("Starting source code build."),
        `[Build] Step 1/4 : FROM public.ecr.aws/apprunner/base-image`,
        `[Build] Step 2/4 : COPY . /app`,
        `[Build] Step 3/4 : RUN ${build}`,
      ],
    },
  ];
  if (fail && outcome === "fail-build") {
    const reason = FAILURE_REASONS.build();
    phases.push({
      at: 0.35,
      events: [reason],
      deployment: [
        `[Build] ${build}: command exited with status 1`,
        `[Build] The command '/bin/sh -c ${build}' returned a non-zero code: 1`,
        app(reason),
      ],
    });
    return { phases, failedAt: 0.35 };
  }
  phases.push({
    at: 0.35,
    events: ["Successfully built source code."],
    deployment: [
      `[Build] Step 4/4 : CMD the start command`,
      `[Build] Successfully built the application image`,
      app("Successfully built source code."),
    ],
  });
  return { phases };
}

function deploymentPhases(input: PlanInput): Phase[] {
  const { outcome, type, operationId } = input;
  const isDeploy = type !== "RESUME_SERVICE";
  const fail = isDeploy && failsDeployment(outcome);
  const phases: Phase[] = [
    {
      at: 0.04,
      operationStatus: "IN_PROGRESS",
      events: [type === "RESUME_SERVICE" ? "Resuming service." : "Deployment started."],
      deployment: [
        app(`Deployment with ID : ${operationId} started. Triggering event : ${TRIGGER[type]}`),
      ],
    },
  ];
  const source = isDeploy ? sourcePhases(input, fail) : { phases: [] };
  phases.push(...source.phases);

  let failedAt = source.failedAt;
  if (failedAt === undefined) {
    const access = input.publiclyAccessible ? "publicly" : "privately";
    const target = healthTarget(input);
    phases.push(
      {
        at: 0.45,
        events: ["Provisioning instances and deploying image."],
        deployment: [
          app(`Provisioning instances and deploying image for ${access} accessible service.`),
        ],
      },
      {
        at: 0.65,
        events: [`Performing health check on port '${input.port}'.`],
        deployment: [app(`Performing health check on ${target}.`)],
      },
    );
    if (fail && outcome === "fail-health-check") {
      const reason = FAILURE_REASONS.healthCheck(target);
      phases.push({ at: 0.82, events: [reason], deployment: [app(reason)] });
      failedAt = 0.82;
    } else {
      phases.push(
        {
          at: 0.82,
          events: ["Health check is successful."],
          deployment: [app(`Health check on ${target} is successful.`)],
        },
        {
          at: 0.92,
          events: ["Successfully routed incoming traffic."],
          deployment: [app("Successfully routed incoming traffic to application.")],
        },
        ...closingPhases(input, undefined),
      );
      return phases;
    }
  }
  phases.push(...closingPhases(input, failedAt));
  return phases;
}

/**
 * How a deployment ends: successfully (`failedAt` undefined), or failed at `failedAt`, rolled
 * back when the service was RUNNING before, CREATE_FAILED otherwise.
 */
export function closingPhases(
  input: Pick<PlanInput, "type" | "operationId" | "previousStatus">,
  failedAt: number | undefined,
): Phase[] {
  const { type, operationId } = input;
  if (failedAt === undefined)
    return [
      {
        at: 1,
        operationStatus: "SUCCEEDED",
        serviceStatus: "RUNNING",
        applyPending: type === "UPDATE_SERVICE",
        ends: true,
        events: [
          type === "RESUME_SERVICE" ? "Service resumed." : "Deployment completed.",
          "Service status is set to RUNNING.",
        ],
        deployment: [app(`Deployment with ID : ${operationId} successful.`)],
      },
    ];
  const rollback = input.previousStatus === "RUNNING";
  const phases: Phase[] = [];
  const failedLine = app(`Deployment with ID : ${operationId} failed.`);
  if (rollback) {
    phases.push(
      {
        at: failedAt + 0.04,
        operationStatus: "ROLLBACK_IN_PROGRESS",
        events: ["Deployment failed. For details, see service logs.", "Rollback started."],
        deployment: [failedLine, app("Rolling back to the previous successful deployment.")],
      },
      {
        at: 1,
        operationStatus: "ROLLBACK_SUCCEEDED",
        serviceStatus: "RUNNING",
        ends: true,
        events: ["Rollback completed successfully.", "Service status is set to RUNNING."],
        deployment: [
          app("Rollback completed successfully. The service runs the previous version."),
        ],
      },
    );
  } else {
    phases.push({
      at: Math.min(1, failedAt + 0.08),
      operationStatus: "FAILED",
      serviceStatus: "CREATE_FAILED",
      // A service that never ran has no previous version to roll back to: like a failed
      // create, it keeps the configuration that failed, so what DescribeService shows matches
      // the failure in its logs and the next fix starts from what was last tried.
      applyPending: type === "UPDATE_SERVICE",
      ends: true,
      events: [
        "Deployment failed. For details, see service logs.",
        "Service status is set to CREATE_FAILED.",
      ],
      deployment: [failedLine],
    });
  }
  return phases;
}

function simplePhases(input: PlanInput): Phase[] {
  const pause = input.type === "PAUSE_SERVICE";
  const final = pause ? "PAUSED" : "DELETED";
  const phases: Phase[] = [
    {
      at: 0.04,
      operationStatus: "IN_PROGRESS",
      events: [pause ? "Pausing service." : "Deleting service."],
    },
    {
      at: 0.3,
      events: [
        pause ? "Stopping instances." : "Deprovisioning instances and removing the service.",
      ],
    },
  ];
  if (!pause && input.outcome === "fail-delete") {
    phases.push({
      at: 0.5,
      operationStatus: "FAILED",
      serviceStatus: "DELETE_FAILED",
      ends: true,
      events: [
        "Failed to delete the service. Retry the deletion to remove its remaining resources.",
        "Service status is set to DELETE_FAILED.",
      ],
    });
    return phases;
  }
  phases.push({
    at: 0.5,
    operationStatus: "SUCCEEDED",
    serviceStatus: final,
    ends: true,
    events: [pause ? "Service paused." : "Service deleted.", `Service status is set to ${final}.`],
  });
  return phases;
}

/** Step 0 runs with the request; the rest are due at `startMs + at × operationMs`. */
export function planOperation(input: PlanInput): Step[] {
  const phases =
    input.type === "PAUSE_SERVICE" || input.type === "DELETE_SERVICE"
      ? simplePhases(input)
      : deploymentPhases(input);
  const first: Step = {
    atMs: input.startMs,
    operationStatus: "PENDING",
    events: ["Service status is set to OPERATION_IN_PROGRESS."],
  };
  return [
    first,
    ...phases.map(({ at, ...step }) => ({
      ...step,
      atMs: input.startMs + Math.round(at * input.operationMs),
    })),
  ];
}
