import { describe, expect, it } from "vitest";

import { activeInstancesQuery, newestCount } from "@/lib/apprunner/api/active-instances";
import { instanceOfStream, toApplicationLines } from "@/lib/apprunner/api/application-log-lines";

const A = "0123456789abcdef0123456789abcdef";
const B = "fedcba9876543210fedcba9876543210";

describe("the application log", () => {
  it("merges every instance's stream by time, naming the instance of each line", () => {
    const lines = toApplicationLines(
      [
        { logStreamName: `instance/${A}`, timestamp: 3000, message: "GET /b 200 1ms\n" },
        { logStreamName: `instance/${B}`, timestamp: 1000, message: "listening on 8080" },
        { logStreamName: `instance/${A}`, timestamp: 2000, message: "GET /a 200 1ms" },
      ],
      100,
    );
    expect(lines).toEqual([
      { timestamp: 1000, message: "listening on 8080", instance: B },
      { timestamp: 2000, message: "GET /a 200 1ms", instance: A },
      { timestamp: 3000, message: "GET /b 200 1ms", instance: A },
    ]);
  });

  it("keeps the newest lines when there are more than it shows", () => {
    const events = Array.from({ length: 5 }, (_, i) => ({
      logStreamName: `instance/${A}`,
      timestamp: i,
      message: `line ${i}`,
    }));
    expect(toApplicationLines(events, 2).map((l) => l.message)).toEqual(["line 3", "line 4"]);
  });

  it("reads the instance id from App Runner's stream name", () => {
    expect(instanceOfStream(`instance/${A}`)).toBe(A);
    expect(instanceOfStream("other")).toBe("other");
    expect(instanceOfStream(undefined)).toBe("");
  });
});

describe("the instance count", () => {
  it("asks for AWS/AppRunner ActiveInstances of the one service, newest first", () => {
    const query = activeInstancesQuery("hello-app", A, 1_000_000_000);
    const stat = query.MetricDataQueries![0]!.MetricStat!;
    expect(stat.Metric).toEqual({
      Namespace: "AWS/AppRunner",
      MetricName: "ActiveInstances",
      Dimensions: [
        { Name: "ServiceName", Value: "hello-app" },
        { Name: "ServiceID", Value: A },
      ],
    });
    expect(query.EndTime!.getTime()).toBe(1_000_000_000);
    expect(query.StartTime!.getTime()).toBeLessThan(1_000_000_000);
  });

  it("takes the newest datapoint, whatever order they come in", () => {
    expect(
      newestCount([
        {
          Id: "active",
          Timestamps: [new Date(60_000), new Date(180_000), new Date(120_000)],
          Values: [1, 3, 2],
        },
      ]),
    ).toBe(3);
  });

  it("asks each minute as AWS publishes, and every ten seconds where finer data exists", () => {
    const query = activeInstancesQuery("hello-app", A, 1_000_000_000);
    expect(query.MetricDataQueries!.map((q) => q.MetricStat!.Period).sort()).toEqual([10, 60]);
  });

  it("prefers the ten-second count, so a scale-in shows before the minute ends", () => {
    const minute = { Id: "active", Timestamps: [new Date(120_000)], Values: [3] };
    const fine = { Id: "fine", Timestamps: [new Date(150_000), new Date(170_000)], Values: [3, 1] };
    expect(newestCount([minute, fine])).toBe(1);
    // On AWS the ten-second query comes back empty: the minute's value is the count.
    expect(newestCount([minute, { Id: "fine", Timestamps: [], Values: [] }])).toBe(3);
  });

  it("has no count when the metric has no datapoint", () => {
    expect(newestCount([{ Id: "active", Timestamps: [], Values: [] }])).toBeUndefined();
    expect(newestCount(undefined)).toBeUndefined();
  });
});
