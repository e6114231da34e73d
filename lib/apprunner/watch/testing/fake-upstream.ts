import type { LogPage, WatchUpstream } from "../upstream";
import type { LogLine, WireOperation, WireService } from "../wire";

export type FakeFailure = "throttle" | "server" | "not-found";

function awsError(kind: FakeFailure): Error {
  if (kind === "throttle")
    return Object.assign(new Error("Rate exceeded"), {
      name: "ThrottlingException",
      $fault: "client",
      $metadata: { httpStatusCode: 400 },
    });
  if (kind === "server")
    return Object.assign(new Error("Internal error"), {
      name: "InternalServiceErrorException",
      $fault: "server",
      $metadata: { httpStatusCode: 500 },
    });
  return Object.assign(new Error("Service not found"), {
    name: "ResourceNotFoundException",
    $fault: "client",
    $metadata: { httpStatusCode: 400 },
  });
}

/**
 * An App Runner + CloudWatch Logs stand-in whose state a test edits directly. It counts calls
 * the way the emulator's `/__emulator/stats` does, and pages logs with forward tokens that stay
 * the same at the end of a stream, as CloudWatch's do.
 */
export class FakeUpstream implements WatchUpstream {
  service: WireService;
  operations: WireOperation[] = [];
  readonly logs = new Map<string, LogLine[]>();
  readonly calls = { describeService: 0, listOperations: 0, getLogEvents: 0 };
  private failures: FakeFailure[] = [];
  pageSize = 50;

  constructor(arn: string, status: WireService["Status"] = "RUNNING") {
    const [, , , , , resource] = arn.split(":");
    const [, name, id] = (resource ?? "").split("/");
    this.service = {
      ServiceArn: arn,
      ServiceName: name,
      ServiceId: id,
      Status: status,
      CreatedAt: new Date(0).toISOString(),
      UpdatedAt: new Date(0).toISOString(),
    } as WireService;
  }

  /** The next `count` App Runner calls fail with `kind`. */
  fail(kind: FakeFailure, count = 1): void {
    for (let i = 0; i < count; i++) this.failures.push(kind);
  }

  log(stream: string, ...lines: LogLine[]): void {
    this.logs.set(stream, [...(this.logs.get(stream) ?? []), ...lines]);
  }

  async describeService(_arn?: string): Promise<WireService> {
    this.calls.describeService += 1;
    const failure = this.failures.shift();
    if (failure) throw awsError(failure);
    return structuredClone(this.service);
  }

  async listOperations(_arn?: string): Promise<WireOperation[]> {
    this.calls.listOperations += 1;
    return structuredClone(this.operations);
  }

  async getLogEvents(_group: string, stream: string, token: string | undefined): Promise<LogPage> {
    this.calls.getLogEvents += 1;
    const lines = this.logs.get(stream);
    if (!lines) throw awsError("not-found");
    const from = token ? Number(token.slice(2)) : 0;
    const page = lines.slice(from, from + this.pageSize);
    return { lines: page, nextForwardToken: `f/${from + page.length}` };
  }
}
