import { z } from "zod";

import { InvalidParameterError, SerializationError } from "../errors";

/** The CloudWatch Logs inputs the emulator serves, with the model's constraints. */
const groupName = z
  .string()
  .min(1)
  .max(512)
  .regex(/^[.\-_/#A-Za-z0-9]+$/);
const groupIdentifier = z
  .string()
  .min(1)
  .max(2048)
  .regex(/^[\w#+=/:,.@-]*$/);
const streamName = z
  .string()
  .min(1)
  .max(512)
  .regex(/^[^:*]*$/);
const token = z.string().min(1);
const time = z.number().int().min(0);
const group = {
  logGroupName: groupName.optional(),
  logGroupIdentifier: groupIdentifier.optional(),
};

export const LOGS_INPUTS = {
  DescribeLogGroups: z.object({
    accountIdentifiers: z.array(z.string()).max(20).optional(),
    logGroupNamePrefix: groupName.optional(),
    logGroupNamePattern: z
      .string()
      .max(512)
      .regex(/^[.\-_/#A-Za-z0-9]*$/)
      .optional(),
    nextToken: token.optional(),
    limit: z.number().int().min(1).max(50).optional(),
    includeLinkedAccounts: z.boolean().optional(),
    logGroupClass: z.enum(["STANDARD", "INFREQUENT_ACCESS", "DELIVERY"]).optional(),
    logGroupIdentifiers: z.array(groupIdentifier).min(1).max(50).optional(),
  }),
  DescribeLogStreams: z.object({
    ...group,
    logStreamNamePrefix: streamName.optional(),
    orderBy: z.enum(["LogStreamName", "LastEventTime"]).optional(),
    descending: z.boolean().optional(),
    nextToken: token.optional(),
    limit: z.number().int().min(1).max(50).optional(),
  }),
  GetLogEvents: z.object({
    ...group,
    logStreamName: streamName,
    startTime: time.optional(),
    endTime: time.optional(),
    nextToken: token.optional(),
    limit: z.number().int().min(1).max(10_000).optional(),
    startFromHead: z.boolean().optional(),
    unmask: z.boolean().optional(),
  }),
  FilterLogEvents: z.object({
    ...group,
    logStreamNames: z.array(streamName).min(1).max(100).optional(),
    logStreamNamePrefix: streamName.optional(),
    startTime: time.optional(),
    endTime: time.optional(),
    filterPattern: z.string().max(1024).optional(),
    nextToken: token.optional(),
    limit: z.number().int().min(1).max(10_000).optional(),
    interleaved: z.boolean().optional(),
    unmask: z.boolean().optional(),
  }),
};

export type LogsOperation = keyof typeof LOGS_INPUTS;
export type LogsInput<O extends LogsOperation> = z.infer<(typeof LOGS_INPUTS)[O]>;

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "too_small":
      return issue.origin === "number"
        ? `Member must have value greater than or equal to ${issue.minimum}`
        : `Member must have length greater than or equal to ${issue.minimum}`;
    case "too_big":
      return issue.origin === "number"
        ? `Member must have value less than or equal to ${issue.maximum}`
        : `Member must have length less than or equal to ${issue.maximum}`;
    case "invalid_format":
      return `Member must satisfy regular expression pattern: ${issue.pattern ?? issue.format}`;
    case "invalid_value":
      return `Member must satisfy enum value set: [${issue.values.map(String).join(", ")}]`;
    default:
      return "Member must not be null";
  }
}

/** Validates like CloudWatch Logs: wrong JSON types fail to read; constraints fail validation. */
export function parseLogsInput<O extends LogsOperation>(operation: O, body: unknown): LogsInput<O> {
  const withoutNulls =
    typeof body === "object" && body !== null && !Array.isArray(body)
      ? Object.fromEntries(Object.entries(body).filter(([, v]) => v !== null))
      : body;
  const parsed = LOGS_INPUTS[operation].safeParse(withoutNulls);
  if (parsed.success) return parsed.data as LogsInput<O>;
  const issues = parsed.error.issues.slice(0, 10);
  const present = (path: PropertyKey[]) =>
    path.reduce<unknown>(
      (value, key) =>
        typeof value === "object" && value !== null
          ? (value as Record<PropertyKey, unknown>)[key]
          : undefined,
      withoutNulls,
    ) !== undefined;
  // A member that is there but of the wrong JSON type fails to read, before any validation.
  const wrongType = issues.find((i) => i.code === "invalid_type" && present(i.path));
  if (wrongType?.code === "invalid_type")
    throw new SerializationError(`Expected ${wrongType.expected} at '${wrongType.path.join(".")}'`);
  const lines = issues.map(
    (i) => `Value at '${i.path.join(".")}' failed to satisfy constraint: ${describe(i)}`,
  );
  throw new InvalidParameterError(
    `${lines.length} validation error${lines.length === 1 ? "" : "s"} detected: ${lines.join("; ")}`,
  );
}
