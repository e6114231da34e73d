import { describe, expect, it } from "vitest";

import { datapoints, statistic } from "./statistics";

const MIN = 60_000;

describe("ActiveInstances statistics", () => {
  // One instance from 0:30, three from 1:00 to 1:30, then one again; asked at 3:00.
  const changes = [
    { atMs: 30_000, count: 1 },
    { atMs: MIN, count: 3 },
    { atMs: MIN + 30_000, count: 1 },
  ];
  const points = datapoints(changes, 0, 10 * MIN, MIN, 3 * MIN);

  it("has a point per period with a known count, never before the first or in the future", () => {
    expect(points.map((p) => p.startMs)).toEqual([0, MIN, 2 * MIN]);
  });

  it("gives the extremes, the time-weighted average and a sample per second", () => {
    const [first, second, third] = points;
    expect(statistic(first!, "Maximum")).toBe(1);
    expect(statistic(first!, "SampleCount")).toBe(30);
    expect(statistic(second!, "Maximum")).toBe(3);
    expect(statistic(second!, "Minimum")).toBe(1);
    expect(statistic(second!, "Average")).toBe(2);
    expect(statistic(second!, "Sum")).toBe(120);
    expect(statistic(second!, "p50")).toBe(1);
    expect(statistic(second!, "p90")).toBe(3);
    expect(statistic(third!, "Average")).toBe(1);
    expect(statistic(third!, "IQM")).toBeUndefined();
  });

  it("starts at StartTime rounded down to a whole period", () => {
    const later = datapoints(changes, MIN + 15_000, 3 * MIN, MIN, 3 * MIN);
    expect(later.map((p) => p.startMs)).toEqual([MIN, 2 * MIN]);
    expect(statistic(later[0]!, "Maximum")).toBe(3);
  });

  it("has nothing for a service that never ran", () => {
    expect(datapoints([], 0, MIN, MIN, MIN)).toEqual([]);
  });
});
