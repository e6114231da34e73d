import type { OperationSummary, Service, ServiceSummary, Tag } from "@aws-sdk/client-apprunner";

/**
 * What App Runner data looks like after crossing the wire as JSON: the SDK's `Date`s become ISO
 * strings. Server and browser share these types, so the browser never needs the SDK itself
 * (this file imports SDK *types* only; they vanish at compile time).
 */
export type Jsonify<T> = T extends Date
  ? string
  : T extends (infer U)[]
    ? Jsonify<U>[]
    : T extends object
      ? { [K in keyof T]: Jsonify<T[K]> }
      : T;

export type WireService = Jsonify<Service>;
export type WireOperation = Jsonify<OperationSummary>;
export type WireServiceSummary = Jsonify<ServiceSummary>;
export type WireTag = Jsonify<Tag>;

/** The body of the tags route: ListTagsForResource's tags (DescribeService does not carry them). */
export type ServiceTags = { tags: WireTag[] };

/** App Runner's largest ListOperations page: the live snapshot holds one such page. */
export const OPERATIONS_PAGE_SIZE = 20;

/** One ListOperations page, older than what the live snapshot holds, and where the next starts. */
export type OperationsPage = { operations: WireOperation[]; nextToken: string | undefined };

/** The body of `event: service`: the service as DescribeService returns it, operations newest first. */
export type ServiceSnapshot = {
  service: WireService;
  operations: WireOperation[];
  /**
   * The newest timestamp in the snapshot (ms). A client keeps whichever snapshot has the higher
   * version, so a late reply can never replace a newer state.
   */
  version: number;
};

export type LogLine = { timestamp: number; message: string };

/** The body of `event: log`: new lines of one log stream (`events` or `deployment/<id>`). */
export type LogBatch = { stream: string; lines: LogLine[] };

/** The body of `event: status`: whether the server can currently reach App Runner. */
export type WatchHealth =
  | { state: "ok" }
  | { state: "degraded"; reason: string; retryInMs: number }
  | { state: "gone"; reason: string };

/** Converts SDK output (with `Date`s) to its JSON form. */
export function toWire<T>(value: T): Jsonify<T> {
  return JSON.parse(JSON.stringify(value)) as Jsonify<T>;
}

function time(value: string | undefined): number {
  const ms = value ? Date.parse(value) : NaN;
  return Number.isNaN(ms) ? 0 : ms;
}

/** The newest moment any part of the snapshot describes. */
export function snapshotVersion(service: WireService, operations: WireOperation[]): number {
  let version = Math.max(time(service.UpdatedAt), time(service.DeletedAt));
  for (const op of operations) {
    version = Math.max(version, time(op.UpdatedAt), time(op.EndedAt), time(op.StartedAt));
  }
  return version;
}
