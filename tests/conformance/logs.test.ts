/**
 * The service's logs through the CloudWatch Logs API (FACTS.md "Logs"): the log groups, the
 * `events` stream's lines in order, `deployment/<operation-id>` streams, and the paging tokens
 * that `aws logs` and the dashboard follow.
 */
import {
  CreateServiceCommand,
  DeleteServiceCommand,
  StartDeploymentCommand,
  type Service,
} from "@aws-sdk/client-apprunner";
import {
  DescribeLogGroupsCommand,
  type DescribeLogGroupsCommandInput,
  DescribeLogStreamsCommand,
  FilterLogEventsCommand,
  GetLogEventsCommand,
  type FilteredLogEvent,
  type GetLogEventsCommandInput,
} from "@aws-sdk/client-cloudwatch-logs";
import { beforeAll, describe, expect, it } from "vitest";

import { expectAwsError } from "../support/aws-error";
import { createAvailableConnection } from "../support/connections";
import {
  applicationLogGroup,
  createServiceEvents,
  logGroupNames,
  readMessages,
  readStream,
  serviceLogGroup,
} from "../support/log-lines";
import { uniqueName } from "../support/names";
import { codeService, privateImageService, publicImageService } from "../support/service-requests";
import { describeService, waitForOperationStatus, waitForServiceStatus } from "../support/wait-for";
import { emulatorForFile } from "../support/emulator-for-file";
import { LONG_TEST_MS } from "../support/target";

const ctx = emulatorForFile({ operationMs: 400 });

const CREATE_EVENTS = createServiceEvents("ECR");

/** The expected lines appear in this order (other lines may sit between them). */
function expectInOrder(lines: string[], expected: string[]) {
  let from = 0;
  for (const text of expected) {
    const at = lines.findIndex((line, i) => i >= from && line.includes(text));
    expect(at, `"${text}" after line ${from} in:\n${lines.join("\n")}`).toBeGreaterThanOrEqual(0);
    from = at + 1;
  }
}

let service: Service;
let createOperationId: string;
let group: string;

beforeAll(async () => {
  const { Service: created, OperationId } = await ctx.appRunner.send(
    // A private ECR image: the create whose event log FACTS.md quotes.
    new CreateServiceCommand(privateImageService(uniqueName("logs"))),
  );
  createOperationId = OperationId!;
  // Read while the deployment runs: the lines so far must not claim it finished.
  group = serviceLogGroup(created!.ServiceName!, created!.ServiceId!);
  const early = await readMessages(ctx.logs, group, "events").catch(() => [] as string[]);
  const status = (await describeService(ctx.appRunner, created!.ServiceArn!)).Status;
  if (status === "OPERATION_IN_PROGRESS") {
    expect(early).not.toContain("Service status is set to RUNNING.");
  }
  service = await waitForServiceStatus(ctx.appRunner, created!.ServiceArn!, "RUNNING");
}, LONG_TEST_MS);

describe("log groups and streams", () => {
  it("creates the service and application log groups", async () => {
    const prefix = `/aws/apprunner/${service.ServiceName}/${service.ServiceId}/`;
    const names = await logGroupNames(ctx.logs, prefix);
    expect(names.sort()).toEqual(
      [
        applicationLogGroup(service.ServiceName!, service.ServiceId!),
        serviceLogGroup(service.ServiceName!, service.ServiceId!),
      ].sort(),
    );
  });

  it("has an events stream and one deployment stream per operation", async () => {
    const { logStreams } = await ctx.logs.send(
      new DescribeLogStreamsCommand({ logGroupName: group }),
    );
    const names = (logStreams ?? []).map((s) => s.logStreamName);
    expect(names).toContain("events");
    expect(names).toContain(`deployment/${createOperationId}`);
  });

  it("names application streams instance/<id>", async () => {
    const { logStreams } = await ctx.logs.send(
      new DescribeLogStreamsCommand({
        logGroupName: applicationLogGroup(service.ServiceName!, service.ServiceId!),
      }),
    );
    for (const stream of logStreams ?? []) expect(stream.logStreamName).toMatch(/^instance\/.+/);
  });

  it("filters streams by prefix", async () => {
    const { logStreams } = await ctx.logs.send(
      new DescribeLogStreamsCommand({ logGroupName: group, logStreamNamePrefix: "deployment/" }),
    );
    expect(logStreams?.length).toBeGreaterThan(0);
    for (const stream of logStreams ?? []) expect(stream.logStreamName).toMatch(/^deployment\//);
  });

  it("orders streams by name by default, and descending on request", async () => {
    const ascending = await ctx.logs.send(new DescribeLogStreamsCommand({ logGroupName: group }));
    const names = (ascending.logStreams ?? []).map((s) => s.logStreamName!);
    expect(names).toEqual([...names].sort());
    const descending = await ctx.logs.send(
      new DescribeLogStreamsCommand({ logGroupName: group, descending: true }),
    );
    expect((descending.logStreams ?? []).map((s) => s.logStreamName)).toEqual([...names].reverse());
  });

  it("refuses orderBy LastEventTime together with a stream prefix, as CloudWatch does", async () => {
    await expectAwsError(
      ctx.logs.send(
        new DescribeLogStreamsCommand({
          logGroupName: group,
          orderBy: "LastEventTime",
          logStreamNamePrefix: "deployment/",
        }),
      ),
      "InvalidParameterException",
    );
  });

  it("pages log groups with limit and nextToken", async () => {
    for (let i = 0; i < 2; i += 1) {
      await ctx.appRunner.send(new CreateServiceCommand(publicImageService(uniqueName("lg"))));
    }
    const all: string[] = [];
    let nextToken: string | undefined;
    do {
      const page = await ctx.logs.send(
        new DescribeLogGroupsCommand({
          logGroupNamePrefix: "/aws/apprunner/",
          limit: 1,
          nextToken,
        }),
      );
      expect(page.logGroups?.length ?? 0).toBeLessThanOrEqual(1);
      all.push(...(page.logGroups ?? []).map((g) => g.logGroupName!));
      nextToken = page.nextToken;
    } while (nextToken);
    expect(all.length).toBeGreaterThanOrEqual(6);
    expect(new Set(all).size).toBe(all.length);
  });

  it("answers an unknown group with ResourceNotFoundException", async () => {
    const missing = "/aws/apprunner/nope/0123456789abcdef0123456789abcdef/service";
    await expectAwsError(
      ctx.logs.send(new DescribeLogStreamsCommand({ logGroupName: missing })),
      "ResourceNotFoundException",
    );
    await expectAwsError(
      ctx.logs.send(new GetLogEventsCommand({ logGroupName: missing, logStreamName: "events" })),
      "ResourceNotFoundException",
    );
    await expectAwsError(
      ctx.logs.send(new FilterLogEventsCommand({ logGroupName: missing })),
      "ResourceNotFoundException",
    );
  });

  it("answers an unknown stream with ResourceNotFoundException", async () => {
    await expectAwsError(
      ctx.logs.send(new GetLogEventsCommand({ logGroupName: group, logStreamName: "nope" })),
      "ResourceNotFoundException",
    );
  });
});

describe("the events stream", () => {
  it("holds the create's event lines in order", async () => {
    const lines = await readMessages(ctx.logs, group, "events");
    expectInOrder(lines, CREATE_EVENTS);
    expect(lines.at(-1)).toContain("Service status is set to RUNNING.");
  });

  it("names the configured port in the health check line", async () => {
    const input = publicImageService(uniqueName("port"));
    input.SourceConfiguration!.ImageRepository!.ImageConfiguration = { Port: "3000" };
    const { Service: created } = await ctx.appRunner.send(new CreateServiceCommand(input));
    const running = await waitForServiceStatus(ctx.appRunner, created!.ServiceArn!, "RUNNING");
    const lines = await readMessages(
      ctx.logs,
      serviceLogGroup(running.ServiceName!, running.ServiceId!),
      "events",
    );
    expect(lines.some((line) => line.includes("Performing health check on port '3000'."))).toBe(
      true,
    );
  });

  it("writes the phases as they happen, spread over the operation", async () => {
    const events = await readStream(ctx.logs, group, "events");
    const first = events.find((e) => e.message?.includes("Deployment started."));
    const last = events.find((e) => e.message?.includes("Deployment completed."));
    // The emulator runs with --operation-ms 400: the phases span a good part of it.
    expect(last!.timestamp! - first!.timestamp!).toBeGreaterThanOrEqual(150);
  });

  it("stamps events in milliseconds, in order", async () => {
    const events = await readStream(ctx.logs, group, "events");
    const stamps = events.map((e) => e.timestamp!);
    expect([...stamps].sort((a, b) => a - b)).toEqual(stamps);
    expect(Math.abs(stamps[0]! - Date.now())).toBeLessThan(120_000);
    for (const event of events)
      expect(event.ingestionTime).toBeGreaterThanOrEqual(event.timestamp!);
  });

  it("appends a deployment's lines after the create's", async () => {
    const { OperationId } = await ctx.appRunner.send(
      new StartDeploymentCommand({ ServiceArn: service.ServiceArn }),
    );
    await waitForOperationStatus(ctx.appRunner, service.ServiceArn!, OperationId!, "SUCCEEDED");
    await waitForServiceStatus(ctx.appRunner, service.ServiceArn!, "RUNNING");
    const lines = await readMessages(ctx.logs, group, "events");
    expectInOrder(lines, [...CREATE_EVENTS, "Deployment started.", "Deployment completed."]);
    const deployment = await readMessages(ctx.logs, group, `deployment/${OperationId}`);
    expect(deployment.length).toBeGreaterThan(0);
  });
});

describe("deployment streams", () => {
  it("prefix every line of an image deployment with [AppRunner]", async () => {
    const lines = await readMessages(ctx.logs, group, `deployment/${createOperationId}`);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^\[AppRunner\] /);
  });

  it("carry [Build] lines for a code repository", async () => {
    const connection = await createAvailableConnection(ctx.appRunner);
    const { Service: created, OperationId } = await ctx.appRunner.send(
      new CreateServiceCommand(codeService(uniqueName("build"), connection.ConnectionArn!)),
    );
    const running = await waitForServiceStatus(ctx.appRunner, created!.ServiceArn!, "RUNNING");
    const lines = await readMessages(
      ctx.logs,
      serviceLogGroup(running.ServiceName!, running.ServiceId!),
      `deployment/${OperationId}`,
    );
    expect(lines.some((line) => line.startsWith("[Build]"))).toBe(true);
    expect(lines.some((line) => line.startsWith("[AppRunner]"))).toBe(true);
    for (const line of lines) expect(line).toMatch(/^\[(AppRunner|Build)\] /);
  });
});

describe("GetLogEvents tokens", () => {
  /** One GetLogEvents call on the service's events stream, with `page`'s paging members. */
  function eventsPage(page: Omit<GetLogEventsCommandInput, "logGroupName" | "logStreamName">) {
    return ctx.logs.send(
      new GetLogEventsCommand({ logGroupName: group, logStreamName: "events", ...page }),
    );
  }

  it("pages forward from the head with limit, without gaps or repeats", async () => {
    const all = await readStream(ctx.logs, group, "events", 1_000);
    const paged = await readStream(ctx.logs, group, "events", 2);
    expect(paged.map((e) => e.message)).toEqual(all.map((e) => e.message));
    expect(all.length).toBeGreaterThan(4);
  });

  it("hands back the same forward token at the end of the stream", async () => {
    const first = await eventsPage({ startFromHead: true });
    const end = await eventsPage({ nextToken: first.nextForwardToken });
    expect(end.events).toEqual([]);
    expect(end.nextForwardToken).toBe(first.nextForwardToken);
  });

  it("returns the newest events by default and pages backward", async () => {
    const all = await readStream(ctx.logs, group, "events", 1_000);
    const tail = await eventsPage({ limit: 2 });
    expect(tail.events?.map((e) => e.message)).toEqual(all.slice(-2).map((e) => e.message));
    const before = await eventsPage({ limit: 2, nextToken: tail.nextBackwardToken });
    expect(before.events?.map((e) => e.message)).toEqual(all.slice(-4, -2).map((e) => e.message));
  });

  it("honours startTime and endTime", async () => {
    const future = await eventsPage({ startFromHead: true, startTime: Date.now() + 3_600_000 });
    expect(future.events).toEqual([]);
    const past = await eventsPage({ startFromHead: true, endTime: Date.now() - 3_600_000 });
    expect(past.events).toEqual([]);
  });

  it("refuses a limit above 10000", async () => {
    await expectAwsError(eventsPage({ limit: 10_001 }), "InvalidParameterException");
  });
});

describe("FilterLogEvents", () => {
  async function filterAll(input: {
    filterPattern?: string;
    logStreamNames?: string[];
    logStreamNamePrefix?: string;
    limit?: number;
  }) {
    const events: FilteredLogEvent[] = [];
    let nextToken: string | undefined;
    for (let page = 0; page < 500; page += 1) {
      const result = await ctx.logs.send(
        new FilterLogEventsCommand({ logGroupName: group, nextToken, ...input }),
      );
      events.push(...(result.events ?? []));
      nextToken = result.nextToken;
      if (!nextToken) return events;
    }
    throw new Error("FilterLogEvents never stopped returning a nextToken");
  }

  it("returns the events stream's lines when asked for that stream", async () => {
    const filtered = await filterAll({ logStreamNames: ["events"] });
    const direct = await readMessages(ctx.logs, group, "events");
    expect(filtered.map((e) => e.message)).toEqual(direct);
    for (const event of filtered) {
      expect(event.logStreamName).toBe("events");
      expect(event.eventId).toBeTruthy();
    }
  });

  it("matches a term pattern", async () => {
    const filtered = await filterAll({ filterPattern: "Deployment" });
    expect(filtered.length).toBeGreaterThanOrEqual(2);
    for (const event of filtered) expect(event.message).toContain("Deployment");
  });

  it("matches a quoted phrase", async () => {
    const filtered = await filterAll({ filterPattern: '"Health check is successful"' });
    expect(filtered.length).toBeGreaterThanOrEqual(1);
    for (const event of filtered) expect(event.message).toContain("Health check is successful");
  });

  it("limits the search to streams with a prefix", async () => {
    const filtered = await filterAll({ logStreamNamePrefix: "deployment/" });
    expect(filtered.length).toBeGreaterThan(0);
    for (const event of filtered) expect(event.logStreamName).toMatch(/^deployment\//);
  });

  it("searches every stream of the group and pages with nextToken", async () => {
    const everything = await filterAll({ limit: 1_000 });
    const paged = await filterAll({ limit: 3 });
    expect(paged.map((e) => e.eventId)).toEqual(everything.map((e) => e.eventId));
    expect(new Set(paged.map((e) => e.eventId)).size).toBe(paged.length);
    const streams = new Set(everything.map((e) => e.logStreamName));
    expect(streams.has("events")).toBe(true);
    expect([...streams].some((name) => name?.startsWith("deployment/"))).toBe(true);
  });
});

describe("after a service is deleted", () => {
  it("keeps its log groups readable, as CloudWatch keeps them", async () => {
    const { Service: created } = await ctx.appRunner.send(
      new CreateServiceCommand(publicImageService(uniqueName("kept"))),
    );
    const arn = created!.ServiceArn!;
    await waitForServiceStatus(ctx.appRunner, arn, "RUNNING");
    await ctx.appRunner.send(new DeleteServiceCommand({ ServiceArn: arn }));
    await waitForServiceStatus(ctx.appRunner, arn, "DELETED");
    const lines = await readMessages(
      ctx.logs,
      serviceLogGroup(created!.ServiceName!, created!.ServiceId!),
      "events",
    );
    expect(lines.some((line) => line.includes("Service status is set to RUNNING."))).toBe(true);
  });
});

/**
 * The CloudWatch Logs API reference's sentences on the four reads the emulator serves:
 * https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeLogGroups.html,
 * API_DescribeLogStreams.html, API_GetLogEvents.html and API_FilterLogEvents.html.
 */
describe("the Logs reads as the reference describes them", () => {
  const groupsWith = (input: DescribeLogGroupsCommandInput) =>
    ctx.logs.send(new DescribeLogGroupsCommand(input));

  // API_DescribeLogGroups: "The results are ASCII-sorted by log group name."
  it("DescribeLogGroups: sorts groups by name, ASCII order", async () => {
    const { logGroups } = await groupsWith({ logGroupNamePrefix: "/aws/apprunner/" });
    const names = (logGroups ?? []).map((g) => g.logGroupName!);
    expect(names.length).toBeGreaterThan(1);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  // API_DescribeLogGroups (logGroupNamePattern): "the operation returns only log groups that have
  // names that match the string based on a case-sensitive substring search" and "If you specify
  // logGroupNamePattern in your request, then only arn, creationTime, and logGroupName are
  // included in the response."
  it("DescribeLogGroups: logGroupNamePattern is a case-sensitive substring, answered with three members", async () => {
    const serviceName = service.ServiceName!;
    const { logGroups } = await groupsWith({ logGroupNamePattern: serviceName });
    expect(logGroups?.map((g) => g.logGroupName).sort()).toEqual(
      [
        applicationLogGroup(serviceName, service.ServiceId!),
        serviceLogGroup(serviceName, service.ServiceId!),
      ].sort(),
    );
    for (const g of logGroups ?? [])
      expect(Object.keys(g).sort()).toEqual(["arn", "creationTime", "logGroupName"]);
    const upper = await groupsWith({ logGroupNamePattern: serviceName.toUpperCase() });
    expect(upper.logGroups ?? []).toEqual([]);
  });

  // API_DescribeLogGroups (logGroupNamePrefix): "logGroupNamePrefix and logGroupNamePattern are
  // mutually exclusive. Only one of these parameters can be passed."; (logGroupIdentifiers) "If
  // you specify this parameter, the only other filter that you can choose to specify is
  // includeLinkedAccounts."
  it("DescribeLogGroups: refuses filters that can't go together", async () => {
    await expectAwsError(
      groupsWith({ logGroupNamePrefix: "/aws/", logGroupNamePattern: "apprunner" }),
      "InvalidParameterException",
    );
    await expectAwsError(
      groupsWith({ logGroupIdentifiers: [group], logGroupNamePrefix: "/aws/" }),
      "InvalidParameterException",
    );
    const { logGroups } = await groupsWith({ logGroupIdentifiers: [group] });
    expect(logGroups?.map((g) => g.logGroupName)).toEqual([group]);
  });

  // API_DescribeLogGroups (logGroupClass): "Use this parameter to limit the results to only those
  // log groups in the specified log group class. If you omit this parameter, log groups of all
  // classes can be returned." App Runner's groups are STANDARD.
  it("DescribeLogGroups: filters by logGroupClass", async () => {
    const standard = await groupsWith({ logGroupClass: "STANDARD", logGroupNamePrefix: group });
    expect(standard.logGroups?.map((g) => g.logGroupName)).toContain(group);
    for (const g of standard.logGroups ?? []) expect(g.logGroupClass).toBe("STANDARD");
    const infrequent = await groupsWith({
      logGroupClass: "INFREQUENT_ACCESS",
      logGroupNamePrefix: group,
    });
    expect(infrequent.logGroups ?? []).toEqual([]);
  });

  // API_DescribeLogStreams: "You must include one of these two parameters, but you can't include
  // both." (logGroupIdentifier) "Specify either the name or ARN of the log group to view."
  it("DescribeLogStreams: takes the group by name or by ARN, not both", async () => {
    const { logGroups } = await groupsWith({ logGroupIdentifiers: [group] });
    const arn = logGroups![0]!.logGroupArn!;
    const byName = await ctx.logs.send(new DescribeLogStreamsCommand({ logGroupName: group }));
    const byArn = await ctx.logs.send(new DescribeLogStreamsCommand({ logGroupIdentifier: arn }));
    expect(byArn.logStreams?.map((s) => s.logStreamName)).toEqual(
      byName.logStreams?.map((s) => s.logStreamName),
    );
    await expectAwsError(
      ctx.logs.send(
        new DescribeLogStreamsCommand({ logGroupName: group, logGroupIdentifier: arn }),
      ),
      "InvalidParameterException",
    );
  });

  // API_DescribeLogStreams (orderBy): "If the value is LastEventTime, the results are ordered by
  // the event time."; (descending) "If the value is true, results are returned in descending order."
  it("DescribeLogStreams: orders by last event time on request", async () => {
    const { logStreams } = await ctx.logs.send(
      new DescribeLogStreamsCommand({
        logGroupName: group,
        orderBy: "LastEventTime",
        descending: true,
      }),
    );
    const times = (logStreams ?? []).map((s) => s.lastEventTimestamp ?? 0);
    expect(times.length).toBeGreaterThan(1);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  // API_GetLogEvents (startTime): "Events with a timestamp equal to this time or later than this
  // time are included."; (endTime) "Events with a timestamp equal to or later than this time are
  // not included."
  it("GetLogEvents: startTime is inclusive, endTime exclusive", async () => {
    const all = await readStream(ctx.logs, group, "events", 1_000);
    const t = all[Math.floor(all.length / 2)]!.timestamp!;
    const at = (startTime: number, endTime: number) =>
      ctx.logs.send(
        new GetLogEventsCommand({
          logGroupName: group,
          logStreamName: "events",
          startFromHead: true,
          startTime,
          endTime,
        }),
      );
    expect((await at(t, t)).events).toEqual([]);
    const exactly = (await at(t, t + 1)).events ?? [];
    expect(exactly.map((e) => e.message)).toEqual(
      all.filter((e) => e.timestamp === t).map((e) => e.message),
    );
  });

  // API_GetLogEvents (nextBackwardToken): "This token is not null. If you have reached the end of
  // the stream, it returns the same token you passed in."
  it("GetLogEvents: hands back the same backward token at the start of the stream", async () => {
    const head = await ctx.logs.send(
      new GetLogEventsCommand({
        logGroupName: group,
        logStreamName: "events",
        startFromHead: true,
      }),
    );
    expect(head.nextBackwardToken).toBeTruthy();
    const before = await ctx.logs.send(
      new GetLogEventsCommand({
        logGroupName: group,
        logStreamName: "events",
        nextToken: head.nextBackwardToken,
      }),
    );
    expect(before.events).toEqual([]);
    expect(before.nextBackwardToken).toBe(head.nextBackwardToken);
  });

  // API_FilterLogEvents (startTime): "Events with a timestamp before this time are not returned.";
  // (endTime) "Events with a timestamp later than this time are not returned." — both ends kept.
  it("FilterLogEvents: keeps events at startTime and at endTime", async () => {
    const all = await readStream(ctx.logs, group, "events", 1_000);
    const t = all[Math.floor(all.length / 2)]!.timestamp!;
    const { events } = await ctx.logs.send(
      new FilterLogEventsCommand({
        logGroupName: group,
        logStreamNames: ["events"],
        startTime: t,
        endTime: t,
      }),
    );
    expect(events?.map((e) => e.message)).toEqual(
      all.filter((e) => e.timestamp === t).map((e) => e.message),
    );
  });

  // API_FilterLogEvents: "The returned log events are sorted by event timestamp"; (filterPattern)
  // "If not provided, all the events are matched."; (searchedLogStreams) "As of May 15, 2020,
  // this parameter is no longer supported. This parameter returns an empty list."; "If the
  // results don't include a nextToken, then pagination is finished."
  it("FilterLogEvents: every event in timestamp order, no nextToken at the end, searchedLogStreams empty", async () => {
    const result = await ctx.logs.send(new FilterLogEventsCommand({ logGroupName: group }));
    const times = (result.events ?? []).map((e) => e.timestamp!);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const events = await readStream(ctx.logs, group, "events", 1_000);
    expect(result.events?.filter((e) => e.logStreamName === "events").length).toBe(events.length);
    expect(result.nextToken).toBeUndefined();
    expect(result.searchedLogStreams).toEqual([]);
  });

  // API_FilterLogEvents (logStreamNames): "If you specify a value for both logStreamNames and
  // logStreamNamePrefix, the action returns an InvalidParameterException error."
  it("FilterLogEvents: refuses logStreamNames with logStreamNamePrefix", async () => {
    await expectAwsError(
      ctx.logs.send(
        new FilterLogEventsCommand({
          logGroupName: group,
          logStreamNames: ["events"],
          logStreamNamePrefix: "deployment/",
        }),
      ),
      "InvalidParameterException",
    );
  });
});

describe("DescribeLogGroups without a limit", () => {
  // Its own emulator: 26 services make 52 groups, more than one default page.
  const many = emulatorForFile({ operationMs: 60_000 });

  // API_DescribeLogGroups (limit): "The maximum number of items returned. If you don't specify a
  // value, the default is up to 50 items."
  it("answers at most 50 groups, with a nextToken for the rest", async () => {
    // One name stem, so the count holds in an account that has other groups.
    const stem = uniqueName("fifty", 24);
    for (let i = 0; i < 26; i += 1)
      await many.appRunner.send(new CreateServiceCommand(publicImageService(`${stem}-${i}`)));
    const logGroupNamePrefix = `/aws/apprunner/${stem}-`;
    const first = await many.logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix }));
    expect(first.logGroups).toHaveLength(50);
    expect(first.nextToken).toBeTruthy();
    const rest = await many.logs.send(
      new DescribeLogGroupsCommand({ logGroupNamePrefix, nextToken: first.nextToken }),
    );
    expect(rest.logGroups).toHaveLength(2);
    expect(rest.nextToken).toBeUndefined();
  });
});
