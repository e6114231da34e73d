/**
 * The CloudWatch metrics reads the emulator answers: GetMetricData and GetMetricStatistics for
 * App Runner's `ActiveInstances` (namespace `AWS/AppRunner`, dimensions ServiceName and
 * ServiceID, as the developer guide's "Viewing App Runner service metrics reported to
 * CloudWatch" lists it: "The number of instances that are processing HTTP requests for your
 * service"). Here that is the number of instances running, from InstanceHistory.
 *
 * Wire protocol: @aws-sdk/client-cloudwatch speaks AWS JSON 1.0 with X-Amz-Target
 * `GraniteServiceVersion20100801.<Operation>` and the model's awsQueryCompatible trait, so an
 * error carries `x-amzn-query-error: <query code>;Sender` beside the JSON `__type`.
 */
import type { IncomingMessage, ServerResponse } from "node:http";

import { ApiError } from "../errors";
import { arnPrefix } from "../ids";
import { regionFromAuthorization } from "../server/authorization";
import { BODY_LIMIT, readBody } from "../server/read-body";
import type { InstanceHistory } from "./instance-history";
import { datapoints, statistic, type Datapoint } from "./statistics";

export const CLOUDWATCH_TARGET_PREFIX = "GraniteServiceVersion20100801.";

export const NAMESPACE = "AWS/AppRunner";
export const METRIC = "ActiveInstances";

/** CloudWatch's own error codes: the JSON `__type` and the query code the SDK reports. */
class CloudWatchError extends ApiError {
  constructor(
    readonly type: string,
    readonly queryCode: string,
    message: string,
    status = 400,
  ) {
    super(type, message, status);
  }
}

const invalidValue = (message: string) =>
  new CloudWatchError("InvalidParameterValueException", "InvalidParameterValue", message);
const missing = (message: string) =>
  new CloudWatchError("MissingRequiredParameterException", "MissingParameter", message);

type Dimension = { Name?: unknown; Value?: unknown };
type MetricInput = { Namespace?: unknown; MetricName?: unknown; Dimensions?: unknown };
type Query = {
  Id?: unknown;
  MetricStat?: { Metric?: MetricInput; Period?: unknown; Stat?: unknown; Unit?: unknown };
  Expression?: unknown;
  Label?: unknown;
  ReturnData?: unknown;
};

type Context = { region: string; account: string; history: InstanceHistory; now: number };

/**
 * API_MetricStat, Period: "For high-resolution metrics that are collected at intervals of less
 * than one minute, the period can be 1, 5, 10, 20, 30, 60, or any multiple of 60." The count is
 * kept per change, so it is answered at any of those (AWS publishes ActiveInstances per minute).
 */
function period(value: unknown, where: string): number {
  const n = typeof value === "number" ? value : NaN;
  if (!Number.isInteger(n) || n < 1 || !([1, 5, 10, 20, 30].includes(n) || n % 60 === 0))
    throw invalidValue(
      `The parameter ${where} must be 1, 5, 10, 20, 30, 60, or any multiple of 60.`,
    );
  return n;
}

function timeMs(value: unknown, name: string): number {
  if (value === undefined) throw missing(`The parameter ${name} is required.`);
  if (typeof value !== "number" || !Number.isFinite(value))
    throw invalidValue(`The parameter ${name} must be a timestamp.`);
  return value * 1000;
}

/**
 * The ARN of the App Runner service a metric names, or undefined when it is not App Runner's
 * ActiveInstances with exactly ServiceName and ServiceID (CloudWatch matches the whole set).
 */
function serviceArn(metric: MetricInput | undefined, ctx: Context): string | undefined {
  if (metric?.Namespace !== NAMESPACE || metric.MetricName !== METRIC) return undefined;
  const dims = Array.isArray(metric.Dimensions) ? (metric.Dimensions as Dimension[]) : [];
  if (dims.length !== 2) return undefined;
  const name = dims.find((d) => d.Name === "ServiceName")?.Value;
  const id = dims.find((d) => d.Name === "ServiceID")?.Value;
  if (typeof name !== "string" || typeof id !== "string") return undefined;
  return `${arnPrefix(ctx.region, ctx.account)}:service/${name}/${id}`;
}

function points(
  arn: string | undefined,
  ctx: Context,
  fromMs: number,
  toMs: number,
  periodS: number,
): Datapoint[] {
  if (!arn) return [];
  const changes = ctx.history.changes(arn, fromMs, toMs);
  return datapoints(changes, fromMs, toMs, periodS * 1000, ctx.now);
}

/** A Unit other than Count (or None) matches no ActiveInstances data, as in CloudWatch. */
const countUnit = (unit: unknown) => unit === undefined || unit === "Count" || unit === "None";

function getMetricData(input: Record<string, unknown>, ctx: Context): object {
  const queries = input.MetricDataQueries;
  if (!Array.isArray(queries) || queries.length === 0)
    throw missing("The parameter MetricDataQueries is required.");
  if (queries.length > 500)
    throw invalidValue("The collection MetricDataQueries must not have more than 500 items.");
  const fromMs = timeMs(input.StartTime, "StartTime");
  const toMs = timeMs(input.EndTime, "EndTime");
  if (fromMs >= toMs)
    throw invalidValue("The parameter StartTime must be less than the parameter EndTime.");
  const descending = input.ScanBy !== "TimestampAscending";
  const results = (queries as Query[]).map((query, i) => {
    const where = `MetricDataQueries.member.${i + 1}`;
    if (typeof query.Id !== "string" || !/^[a-z][a-zA-Z0-9_]*$/.test(query.Id))
      throw invalidValue(
        `The value for ${where}.Id must start with a lowercase letter and hold only letters, digits and underscores.`,
      );
    if (query.Expression !== undefined)
      throw new CloudWatchError(
        "InvalidParameterCombinationException",
        "InvalidParameterCombination",
        `${where}: metric math expressions are not answered here; ask for each metric with MetricStat.`,
      );
    const stat = query.MetricStat;
    if (!stat?.Metric || stat.Stat === undefined || stat.Period === undefined)
      throw missing(`${where} needs a MetricStat with Metric, Period and Stat.`);
    const periodS = period(stat.Period, `${where}.MetricStat.Period`);
    const statName = String(stat.Stat);
    const found = countUnit(stat.Unit)
      ? points(serviceArn(stat.Metric, ctx), ctx, fromMs, toMs, periodS)
      : [];
    const values = found.map((p) => ({ at: p.startMs / 1000, value: statistic(p, statName) }));
    const known = values.filter((v): v is { at: number; value: number } => v.value !== undefined);
    if (descending) known.reverse();
    return {
      Id: query.Id,
      Label: typeof query.Label === "string" ? query.Label : String(stat.Metric.MetricName ?? ""),
      Timestamps: known.map((v) => v.at),
      Values: known.map((v) => v.value),
      StatusCode: "Complete",
    };
  });
  return { MetricDataResults: results, Messages: [] };
}

const BASIC_STATISTICS = ["SampleCount", "Average", "Sum", "Minimum", "Maximum"];

function getMetricStatistics(input: Record<string, unknown>, ctx: Context): object {
  for (const name of ["Namespace", "MetricName", "StartTime", "EndTime", "Period"])
    if (input[name] === undefined) throw missing(`The parameter ${name} is required.`);
  const fromMs = timeMs(input.StartTime, "StartTime");
  const toMs = timeMs(input.EndTime, "EndTime");
  if (fromMs >= toMs)
    throw invalidValue("The parameter StartTime must be less than the parameter EndTime.");
  const periodS = period(input.Period, "Period");
  const basic = Array.isArray(input.Statistics) ? input.Statistics.map(String) : [];
  const extended = Array.isArray(input.ExtendedStatistics)
    ? input.ExtendedStatistics.map(String)
    : [];
  if (basic.length + extended.length === 0)
    throw missing("Either Statistics or ExtendedStatistics must be given.");
  for (const s of basic)
    if (!BASIC_STATISTICS.includes(s))
      throw invalidValue(`The value ${s} for parameter Statistics is not valid.`);
  const unit = input.Unit;
  const found = countUnit(unit)
    ? points(serviceArn(input as MetricInput, ctx), ctx, fromMs, toMs, periodS)
    : [];
  return {
    Label: String(input.MetricName),
    Datapoints: found.map((p) => ({
      Timestamp: p.startMs / 1000,
      ...Object.fromEntries(basic.map((s) => [s, statistic(p, s)])),
      ...(extended.length
        ? { ExtendedStatistics: Object.fromEntries(extended.map((s) => [s, statistic(p, s)])) }
        : {}),
      Unit: "Count",
    })),
  };
}

const OPERATIONS: Record<string, (input: Record<string, unknown>, ctx: Context) => object> = {
  GetMetricData: getMetricData,
  GetMetricStatistics: getMetricStatistics,
};

function send(res: ServerResponse, status: number, body: object): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "Content-Type": "application/x-amz-json-1.0",
    "Content-Length": Buffer.byteLength(text),
  });
  res.end(text);
}

function sendError(res: ServerResponse, error: ApiError): void {
  const type = error instanceof CloudWatchError ? error.type : error.code;
  const queryCode = error instanceof CloudWatchError ? error.queryCode : error.code;
  res.setHeader(
    "x-amzn-query-error",
    `${queryCode};${error.status >= 500 ? "Receiver" : "Sender"}`,
  );
  send(res, error.status, { __type: `com.amazonaws.cloudwatch#${type}`, message: error.message });
}

export function isCloudWatchTarget(target: string | string[] | undefined): boolean {
  return typeof target === "string" && target.startsWith(CLOUDWATCH_TARGET_PREFIX);
}

/** Answers one CloudWatch request (its X-Amz-Target has the CloudWatch prefix). */
export async function handleCloudWatch(
  req: IncomingMessage,
  res: ServerResponse,
  env: { account: string; history: InstanceHistory },
): Promise<void> {
  try {
    const body = await readBody(req, BODY_LIMIT);
    if (!body.ok) throw invalidValue("The request body is too large.");
    const region = regionFromAuthorization(req.headers.authorization);
    const name = String(req.headers["x-amz-target"]).slice(CLOUDWATCH_TARGET_PREFIX.length);
    const operation = Object.prototype.hasOwnProperty.call(OPERATIONS, name)
      ? OPERATIONS[name]
      : undefined;
    if (!operation)
      throw new CloudWatchError(
        "UnknownOperationException",
        "InvalidAction",
        `The emulator answers only GetMetricData and GetMetricStatistics of CloudWatch, not ${name}.`,
      );
    let input: unknown;
    try {
      input = body.bytes.length ? JSON.parse(body.bytes.toString("utf8")) : {};
    } catch {
      throw new CloudWatchError("SerializationException", "SerializationException", "Bad JSON.");
    }
    if (typeof input !== "object" || input === null || Array.isArray(input))
      throw new CloudWatchError("SerializationException", "SerializationException", "Bad JSON.");
    const ctx: Context = { region, account: env.account, history: env.history, now: Date.now() };
    send(res, 200, operation(input as Record<string, unknown>, ctx));
  } catch (error) {
    if (error instanceof ApiError) return sendError(res, error);
    console.error("emulator: unexpected error in CloudWatch:", error);
    sendError(res, new CloudWatchError("InternalServiceFault", "InternalServiceError", "", 500));
  }
}
