/**
 * Validates an operation's input the way App Runner does: the model's constraints first (via the
 * generated zod schemas), then the rules the model cannot express (lib/apprunner/rules). Shared
 * by the emulator, the server action and the wizard, so all three refuse the same requests with
 * the same words. Messages follow AWS's validation format, e.g.
 *   1 validation error detected: Value 'ab' at 'serviceName' failed to satisfy constraint:
 *   Member must have length greater than or equal to 4
 * Never throws, whatever the body.
 */
import type { z } from "zod";

import type { ApiIssue } from "./rules/api-issue";
import type { RuleCode } from "./rules/rule-code";
import { operationRuleIssues } from "./rules/operation-rules";
import { SENSITIVE_SHAPES, SHAPE_INDEX, type ShapeInfo } from "./schema/model-index.generated";
import {
  isOperationName,
  OPERATION_INPUT_SHAPES,
  operationInputSchemas,
  type OperationInput,
  type OperationName,
} from "./schema/operations.generated";

export type { ApiIssue };

/**
 * The error AWS answers with: constraint and rule failures are `InvalidRequestException`; a
 * member of the wrong JSON type never gets that far (`SerializationException`).
 */
export type ValidationErrorType = "InvalidRequestException" | "SerializationException";

export type ValidationResult<O extends OperationName = OperationName> =
  | { ok: true; value: OperationInput<O> }
  | { ok: false; message: string; issues: ApiIssue[]; errorType: ValidationErrorType };

type ZodIssue = z.core.$ZodIssue;

/** AWS lists every error; a fuzzed body can have thousands, so the message lists the first few. */
const MAX_LISTED = 10;
const MAX_ISSUES = 100;
const MAX_ECHO = 256;
/** Deeper than any App Runner input; beyond it the body is junk the schemas will refuse anyway. */
const MAX_DEPTH = 32;

/** `SourceConfiguration.ImageRepository` → `sourceConfiguration.imageRepository` (AWS's spelling). */
export function toWirePath(apiPath: string): string {
  return apiPath
    .split(".")
    .map((part) => part.charAt(0).toLowerCase() + part.slice(1))
    .join(".");
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** AWS treats a member sent as `null` as absent; zod's `.optional()` does not, so drop them. */
function withoutNulls(value: unknown, depth = 0): unknown {
  if (depth > MAX_DEPTH) return value;
  if (Array.isArray(value)) return value.map((item) => withoutNulls(item, depth + 1));
  if (!isPlainObject(value)) return value;
  // fromEntries defines own properties, so a `__proto__` key stays a plain (ignored) member.
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => [k, withoutNulls(v, depth + 1)]),
  );
}

function child(value: unknown, segment: PropertyKey): unknown {
  if (typeof segment === "number") return Array.isArray(value) ? value[segment] : undefined;
  if (!isPlainObject(value) || typeof segment !== "string") return undefined;
  return Object.prototype.hasOwnProperty.call(value, segment) ? value[segment] : undefined;
}

type Location = {
  apiPath: string;
  /** The shape of the member the issue is about (for a map issue: of the key or the value). */
  shape: string | undefined;
  value: unknown;
  sensitive: boolean;
  /** Set when the issue is about a map's keys or values; it is then reported at the map. */
  mapPart?: "key" | "value";
};

function locate(rootShape: string, body: unknown, issue: ZodIssue): Location {
  let shape: string | undefined = rootShape;
  let value: unknown = body;
  let apiPath = "";
  for (const segment of issue.path) {
    const info: ShapeInfo | undefined = shape === undefined ? undefined : SHAPE_INDEX[shape];
    if (info?.type === "map") {
      const mapPart = issue.code === "invalid_key" ? "key" : "value";
      return {
        apiPath,
        shape: mapPart === "key" ? info.key : info.value,
        value: mapPart === "key" ? segment : child(value, segment),
        // Reported at the map, which is never echoed: its keys and values may be secrets.
        sensitive: true,
        mapPart,
      };
    }
    if (typeof segment === "number") {
      apiPath += `[${segment}]`;
      shape = info?.member;
    } else {
      const name = String(segment);
      apiPath += apiPath ? `.${name}` : name;
      shape = info?.members?.[name];
    }
    value = child(value, segment);
  }
  return { apiPath, shape, value, sensitive: shape !== undefined && SENSITIVE_SHAPES.has(shape) };
}

function typeName(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "number" && !Number.isSafeInteger(value)) return "a number with a fraction";
  return typeof value === "number" ? "a number" : `a ${typeof value}`;
}

const EXPECTED: Record<string, string> = {
  string: "a string",
  int: "an integer",
  number: "a number",
  boolean: "a boolean",
  array: "a list",
  object: "an object",
  record: "a map (an object)",
};

/** The rule code of one failed constraint (`invalid_type` reaches here only for a missing member). */
function constraintRule(issue: ZodIssue): RuleCode {
  switch (issue.code) {
    case "too_small":
    case "too_big":
      if (issue.origin === "string") return "length";
      return issue.origin === "array" ? "list-length" : "range";
    case "invalid_format":
      return "pattern";
    case "invalid_value":
      return "enum";
    case "invalid_type":
      return "required";
    default:
      return "constraint";
  }
}

/** AWS's wording for one failed constraint of a member. */
function constraintText(issue: ZodIssue, shape: string | undefined): string {
  switch (issue.code) {
    case "too_small":
      return issue.origin === "string" || issue.origin === "array"
        ? `Member must have length greater than or equal to ${issue.minimum}`
        : `Member must have value greater than or equal to ${issue.minimum}`;
    case "too_big":
      return issue.origin === "string" || issue.origin === "array"
        ? `Member must have length less than or equal to ${issue.maximum}`
        : `Member must have value less than or equal to ${issue.maximum}`;
    case "invalid_format": {
      const pattern = shape === undefined ? undefined : SHAPE_INDEX[shape]?.pattern;
      return `Member must satisfy regular expression pattern: ${pattern ?? issue.pattern ?? issue.format}`;
    }
    case "invalid_value":
      return `Member must satisfy enum value set: [${issue.values.map(String).join(", ")}]`;
    case "invalid_type":
      return "Member must not be null"; // report() handles a present value of the wrong type
    default:
      return issue.message;
  }
}

function echo(value: unknown): string {
  if (value === null || value === undefined) return "Value null";
  if (typeof value === "string")
    return `Value '${value.length > MAX_ECHO ? `${value.slice(0, MAX_ECHO)}…` : value}'`;
  if (typeof value === "number" || typeof value === "boolean") return `Value '${String(value)}'`;
  return "Value";
}

type Reported = { issue: ApiIssue; text: string; serialization: boolean };

function report(rootShape: string, body: unknown, issue: ZodIssue): Reported {
  const at = locate(rootShape, body, issue);
  const wire = toWirePath(at.apiPath);
  const missing = at.value === undefined || at.value === null;
  if (issue.code === "invalid_type" && !missing) {
    // A member of the wrong JSON type: AWS fails to read the body before validating it.
    const message = `Expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${typeName(at.value)}`;
    return {
      issue: { path: at.apiPath, message, rule: "type" },
      text: `${message} at '${wire}'`,
      serialization: true,
    };
  }
  if (at.mapPart) {
    const nested = issue.code === "invalid_key" ? issue.issues : [issue];
    const constraints = nested.map((n) => constraintText(n, at.shape)).join(", ");
    const what = at.mapPart === "key" ? "Map keys" : "Map value";
    const message = `${what} must satisfy constraint: [${constraints}]`;
    return {
      issue: { path: at.apiPath, message, rule: at.mapPart === "key" ? "map-key" : "map-value" },
      text: `Value at '${wire}' failed to satisfy constraint: ${message}`,
      serialization: false,
    };
  }
  const message =
    issue.code === "invalid_type" ? "Member must not be null" : constraintText(issue, at.shape);
  const prefix = at.sensitive && !missing ? "Value" : echo(at.value);
  return {
    issue: { path: at.apiPath, message, rule: constraintRule(issue) },
    text: `${prefix} at '${wire}' failed to satisfy constraint: ${message}`,
    serialization: false,
  };
}

function failure(
  reported: Reported[],
  errorType: ValidationErrorType,
): Extract<ValidationResult, { ok: false }> {
  const unique = [...new Map(reported.map((r) => [r.text, r])).values()];
  const listed = unique.slice(0, MAX_LISTED).map((r) => r.text);
  const more = unique.length > MAX_LISTED ? `; and ${unique.length - MAX_LISTED} more` : "";
  const message =
    errorType === "SerializationException"
      ? `${listed.join("; ")}${more}`
      : `${unique.length} validation error${unique.length === 1 ? "" : "s"} detected: ${listed.join("; ")}${more}`;
  return {
    ok: false,
    message,
    issues: unique.slice(0, MAX_ISSUES).map((r) => r.issue),
    errorType,
  };
}

/**
 * The refusal for rule issues, worded as validateOperationInput words them; also for rules only
 * a server can run (the emulator checks UpdateService's merged configuration with it).
 */
export function ruleFailure(issues: ApiIssue[]): Extract<ValidationResult, { ok: false }> {
  return failure(
    issues.map((issue) => ({
      issue,
      text: `Value at '${toWirePath(issue.path)}' failed to satisfy constraint: ${issue.message}`,
      serialization: false,
    })),
    "InvalidRequestException",
  );
}

export function validateOperationInput<O extends OperationName>(
  operation: O,
  body: unknown,
): ValidationResult<O> {
  try {
    if (!isOperationName(operation)) {
      const message = `Unknown operation ${String(operation).slice(0, 100)}`;
      return {
        ok: false,
        message,
        issues: [{ path: "", message, rule: "operation" }],
        errorType: "SerializationException",
      };
    }
    if (!isPlainObject(body)) {
      const message = `The request body must be a JSON object, got ${typeName(body)}`;
      return {
        ok: false,
        message,
        issues: [{ path: "", message, rule: "body" }],
        errorType: "SerializationException",
      };
    }
    const rootShape = OPERATION_INPUT_SHAPES[operation];
    const input = withoutNulls(body);
    const schema: z.ZodType = operationInputSchemas[operation];
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      const reported = parsed.error.issues.map((issue) => report(rootShape, input, issue));
      const serialization = reported.filter((r) => r.serialization);
      return serialization.length
        ? failure(serialization, "SerializationException")
        : failure(reported, "InvalidRequestException");
    }
    const value = parsed.data as OperationInput<O>;
    const ruleIssues = operationRuleIssues(operation, value);
    return ruleIssues.length ? ruleFailure(ruleIssues) : { ok: true, value };
  } catch {
    // Only a bug in this module gets here; a request must still get an answer, not a crash.
    const message = "The request could not be validated";
    return {
      ok: false,
      message,
      issues: [{ path: "", message, rule: "internal" }],
      errorType: "InvalidRequestException",
    };
  }
}
