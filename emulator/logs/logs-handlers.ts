import type { HandlerContext, LogsHandlers } from "../context";
import { InvalidParameterError, ResourceNotFoundError } from "../errors";
import { decodeToken, encodeToken, pageArray } from "../pagination";
import type { LogEventRow, LogGroupRow, LogStreamRow } from "../store/log-store";
import { compileFilterPattern } from "./filter-pattern";

const NO_END = Number.MAX_SAFE_INTEGER;

function groupArn(ctx: HandlerContext, name: string): string {
  return `arn:aws:logs:${ctx.region}:${ctx.account}:log-group:${name}`;
}

/** `logGroupName` or `logGroupIdentifier` (a name or an ARN), exactly one of them. */
function requireGroup(
  ctx: HandlerContext,
  input: { logGroupName?: string; logGroupIdentifier?: string },
): LogGroupRow {
  if (input.logGroupName !== undefined && input.logGroupIdentifier !== undefined)
    throw new InvalidParameterError(
      "LogGroup name and LogGroup identifier cannot both be specified.",
    );
  const id = input.logGroupIdentifier;
  const name =
    input.logGroupName ?? (id?.startsWith("arn:") ? /:log-group:([^:]+)/.exec(id)?.[1] : id);
  if (name === undefined)
    throw new InvalidParameterError("Either logGroupName or logGroupIdentifier must be specified.");
  const group = ctx.logs.group(name);
  if (!group || group.region !== ctx.region)
    throw new ResourceNotFoundError("The specified log group does not exist.");
  return group;
}

function toLogGroup(ctx: HandlerContext, row: LogGroupRow) {
  const arn = groupArn(ctx, row.name);
  return {
    logGroupName: row.name,
    creationTime: row.created_at,
    metricFilterCount: 0,
    arn: `${arn}:*`,
    storedBytes: 0,
    logGroupClass: "STANDARD",
    logGroupArn: arn,
  };
}

function toLogStream(ctx: HandlerContext, row: LogStreamRow) {
  return {
    logStreamName: row.name,
    creationTime: row.created_at,
    ...(row.first_event !== null ? { firstEventTimestamp: row.first_event } : {}),
    ...(row.last_event !== null ? { lastEventTimestamp: row.last_event } : {}),
    ...(row.last_ingestion !== null ? { lastIngestionTime: row.last_ingestion } : {}),
    arn: `${groupArn(ctx, row.group_name)}:log-stream:${row.name}`,
    storedBytes: 0,
  };
}

/** GetLogEvents tokens as CloudWatch shapes them: `f/<n>` forward, `b/<n>` backward. */
function parseEventToken(token: string): { direction: "f" | "b"; id: number } {
  const match = /^([fb])\/(\d{1,56})$/.exec(token);
  if (!match) throw new InvalidParameterError("The specified nextToken is invalid.");
  return { direction: match[1] as "f" | "b", id: Number(match[2]) };
}

const eventToken = (direction: "f" | "b", id: number) =>
  `${direction}/${String(id).padStart(56, "0")}`;

export const logsHandlers: LogsHandlers = {
  DescribeLogGroups(input, ctx) {
    const limit = input.limit ?? 50;
    const prefix = input.logGroupNamePrefix ?? "";
    if (input.logGroupNamePrefix !== undefined && input.logGroupNamePattern !== undefined)
      throw new InvalidParameterError(
        "LogGroup name prefix and LogGroup name pattern are mutually exclusive parameters.",
      );
    const after =
      input.nextToken === undefined
        ? undefined
        : Buffer.from(input.nextToken, "base64url").toString();
    // The token is the last name returned; anything that is not a group name was not ours.
    if (
      after !== undefined &&
      (!/^[.\-_/#A-Za-z0-9]{1,512}$/.test(after) ||
        Buffer.from(after).toString("base64url") !== input.nextToken)
    )
      throw new InvalidParameterError("The specified nextToken is invalid.");
    // "If you specify this parameter, the only other filter that you can choose to specify is
    // includeLinkedAccounts." (DescribeLogGroups, logGroupIdentifiers)
    if (
      input.logGroupIdentifiers !== undefined &&
      (input.logGroupNamePrefix !== undefined ||
        input.logGroupNamePattern !== undefined ||
        input.logGroupClass !== undefined)
    )
      throw new InvalidParameterError(
        "logGroupIdentifiers can't be combined with logGroupNamePrefix, logGroupNamePattern or logGroupClass.",
      );
    // "a case-sensitive substring search" (DescribeLogGroups, logGroupNamePattern)
    const pattern = input.logGroupNamePattern;
    const wanted = input.logGroupIdentifiers ? new Set(input.logGroupIdentifiers) : undefined;
    // Every group App Runner makes is STANDARD, so asking for another class finds none.
    const classMatches = (input.logGroupClass ?? "STANDARD") === "STANDARD";
    const found: LogGroupRow[] = [];
    let from = after !== undefined && after > prefix ? after : prefix;
    scan: while (classMatches) {
      const rows = ctx.logs.groups(ctx.region, from, 500);
      for (const row of rows) {
        if (row.name === after) continue;
        if (!row.name.startsWith(prefix)) break scan;
        if (pattern && !row.name.includes(pattern)) continue;
        if (wanted && !wanted.has(row.name) && !wanted.has(groupArn(ctx, row.name))) continue;
        found.push(row);
        if (found.length > limit) break scan;
      }
      if (rows.length < 500) break;
      from = rows[rows.length - 1]!.name + "\u0000";
    }
    const page = found.slice(0, limit);
    return {
      // "If you specify logGroupNamePattern in your request, then only arn, creationTime, and
      // logGroupName are included in the response."
      logGroups: page.map((row) => {
        const group = toLogGroup(ctx, row);
        return pattern === undefined
          ? group
          : { arn: group.arn, creationTime: group.creationTime, logGroupName: group.logGroupName };
      }),
      ...(found.length > limit
        ? { nextToken: Buffer.from(page[page.length - 1]!.name).toString("base64url") }
        : {}),
    };
  },

  DescribeLogStreams(input, ctx) {
    const group = requireGroup(ctx, input);
    const byTime = input.orderBy === "LastEventTime";
    if (byTime && input.logStreamNamePrefix !== undefined)
      throw new InvalidParameterError("Cannot order by LastEventTime with a logStreamNamePrefix.");
    let streams = ctx.logs.streams(group.name);
    if (input.logStreamNamePrefix !== undefined)
      streams = streams.filter((s) => s.name.startsWith(input.logStreamNamePrefix!));
    if (byTime) streams.sort((a, b) => (a.last_event ?? 0) - (b.last_event ?? 0));
    if (input.descending) streams.reverse();
    const page = pageArray(streams, `streams:${group.name}`, input.nextToken, input.limit ?? 50);
    return {
      logStreams: page.items.map((s) => toLogStream(ctx, s)),
      ...(page.nextToken ? { nextToken: page.nextToken } : {}),
    };
  },

  GetLogEvents(input, ctx) {
    const group = requireGroup(ctx, input);
    if (!ctx.logs.streams(group.name).some((s) => s.name === input.logStreamName))
      throw new ResourceNotFoundError("The specified log stream does not exist.");
    const limit = input.limit ?? 10_000;
    const from = input.startTime ?? 0;
    const to = input.endTime ?? NO_END;
    const token = input.nextToken === undefined ? undefined : parseEventToken(input.nextToken);
    const forward = token ? token.direction === "f" : (input.startFromHead ?? false);
    let events: LogEventRow[];
    if (forward) {
      events = ctx.logs.eventsAfter(
        group.name,
        input.logStreamName,
        token?.id ?? 0,
        from,
        to,
        limit,
      );
    } else {
      const before = token?.id ?? NO_END;
      events = ctx.logs
        .eventsBefore(group.name, input.logStreamName, before, from, to, limit)
        .reverse();
    }
    const first = events[0];
    const last = events[events.length - 1];
    // With nothing new, the same forward token comes back: that is how readers know to stop.
    const forwardId = last?.id ?? (token ? (token.direction === "f" ? token.id : token.id - 1) : 0);
    const backwardId =
      first?.id ?? (token ? (token.direction === "b" ? token.id : token.id + 1) : 0);
    return {
      events: events.map((e) => ({
        timestamp: e.ts,
        message: e.message,
        ingestionTime: e.ingested,
      })),
      nextForwardToken: eventToken("f", Math.max(0, forwardId)),
      nextBackwardToken: eventToken("b", backwardId),
    };
  },

  FilterLogEvents(input, ctx) {
    const group = requireGroup(ctx, input);
    if (input.logStreamNames !== undefined && input.logStreamNamePrefix !== undefined)
      throw new InvalidParameterError(
        "logStreamNames and logStreamNamePrefix are mutually exclusive.",
      );
    const matches = compileFilterPattern(input.filterPattern);
    const names = input.logStreamNames ? new Set(input.logStreamNames) : undefined;
    const prefix = input.logStreamNamePrefix;
    const inStream = (stream: string) =>
      (names === undefined || names.has(stream)) &&
      (prefix === undefined || stream.startsWith(prefix));
    const limit = input.limit ?? 10_000;
    const scope = `filter:${group.name}`;
    let after = decodeToken(scope, input.nextToken) ?? 0;
    const from = input.startTime ?? 0;
    const to = input.endTime === undefined ? NO_END : input.endTime + 1;
    const found: LogEventRow[] = [];
    let more = false;
    for (;;) {
      const rows = ctx.logs.eventsInGroup(group.name, after, from, to, 1_000);
      for (const row of rows) {
        if (!inStream(row.stream_name) || !matches(row.message)) continue;
        if (found.length === limit) {
          more = true;
          break;
        }
        found.push(row);
      }
      if (more || rows.length < 1_000) break;
      after = rows[rows.length - 1]!.id;
    }
    const last = found[found.length - 1];
    return {
      events: found.map((e) => ({
        logStreamName: e.stream_name,
        timestamp: e.ts,
        message: e.message,
        ingestionTime: e.ingested,
        eventId: String(e.id).padStart(56, "0"),
      })),
      // "As of May 15, 2020, this parameter is no longer supported. This parameter returns an
      // empty list." (FilterLogEvents, searchedLogStreams)
      searchedLogStreams: [],
      ...(more && last ? { nextToken: encodeToken(scope, last.id) } : {}),
    };
  },
};
