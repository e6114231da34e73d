/**
 * CloudWatch statistics of a count that changes in steps (the instance count), per period.
 *
 * A period has a data point when the count was known for any part of it (from the service's
 * first instance on; never in the future). Over the known part: Minimum and Maximum are the
 * lowest and highest count, Average is weighted by how long each count lasted, pNN is the count
 * that held for NN % of the time, and the count is treated as sampled once a second, so
 * SampleCount is the seconds known and Sum is Average × SampleCount.
 */
import type { CountChange } from "./instance-history";

export type Datapoint = {
  startMs: number;
  sampleCount: number;
  sum: number;
  average: number;
  minimum: number;
  maximum: number;
  percentile(p: number): number;
};

type Segment = { value: number; ms: number };

function datapoint(startMs: number, segments: Segment[]): Datapoint | undefined {
  let known = 0;
  let weighted = 0;
  let minimum = Infinity;
  let maximum = -Infinity;
  for (const { value, ms } of segments) {
    known += ms;
    weighted += value * ms;
    minimum = Math.min(minimum, value);
    maximum = Math.max(maximum, value);
  }
  if (known <= 0) return undefined;
  const average = weighted / known;
  const sampleCount = Math.max(1, Math.round(known / 1000));
  return {
    startMs,
    sampleCount,
    sum: average * sampleCount,
    average,
    minimum,
    maximum,
    percentile(p) {
      const sorted = [...segments].sort((a, b) => a.value - b.value);
      let seen = 0;
      for (const { value, ms } of sorted) {
        seen += ms;
        if (seen >= (p / 100) * known) return value;
      }
      return maximum;
    },
  };
}

/**
 * Data points for [fromMs, toMs) in periods of `periodMs`, the first starting at `fromMs`
 * rounded down to a whole period (as CloudWatch rounds StartTime), oldest first. `changes`
 * starts with the change in force at `fromMs` (if any) and is in time order.
 */
export function datapoints(
  changes: readonly CountChange[],
  fromMs: number,
  toMs: number,
  periodMs: number,
  nowMs: number,
): Datapoint[] {
  const out: Datapoint[] = [];
  const end = Math.min(toMs, nowMs);
  if (changes.length === 0 || end <= fromMs) return out;
  let i = 0;
  for (let start = Math.floor(fromMs / periodMs) * periodMs; start < end; start += periodMs) {
    const stop = Math.min(start + periodMs, end);
    // Skip changes that ended before this period.
    while (i + 1 < changes.length && changes[i + 1]!.atMs <= start) i++;
    const segments: Segment[] = [];
    for (let j = i; j < changes.length && changes[j]!.atMs < stop; j++) {
      const from = Math.max(changes[j]!.atMs, start);
      const to = Math.min(changes[j + 1]?.atMs ?? end, stop);
      if (to > from) segments.push({ value: changes[j]!.count, ms: to - from });
    }
    const point = datapoint(start, segments);
    if (point) out.push(point);
  }
  return out;
}

/** The value of a statistic by CloudWatch's name for it; undefined for one it doesn't know. */
export function statistic(point: Datapoint, stat: string): number | undefined {
  switch (stat) {
    case "Average":
      return point.average;
    case "Sum":
      return point.sum;
    case "SampleCount":
      return point.sampleCount;
    case "Minimum":
      return point.minimum;
    case "Maximum":
      return point.maximum;
  }
  const p = /^p(\d{1,2}(?:\.\d+)?|100)$/.exec(stat);
  return p ? point.percentile(Number(p[1])) : undefined;
}
