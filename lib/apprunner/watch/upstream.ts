import type { LogLine, WireOperation, WireService } from "./wire";

export type LogPage = { lines: LogLine[]; nextForwardToken: string | undefined };

/**
 * Everything the watch hub asks of AWS, in the hub's own terms. The real one is the App Runner
 * adapter's (lib/apprunner/api/watch-upstream.ts); tests pass a fake one. Errors are thrown as the SDK throws them.
 */
export interface WatchUpstream {
  describeService(arn: string): Promise<WireService>;
  /** The newest operations (first page, newest first). */
  listOperations(arn: string): Promise<WireOperation[]>;
  /** One forward page of a log stream, from the start when `token` is undefined. */
  getLogEvents(logGroup: string, logStream: string, token: string | undefined): Promise<LogPage>;
}
