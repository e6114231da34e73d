/**
 * Assertions on errors as a client sees them: the SDK names the error after the code the server
 * sent (x-amzn-ErrorType, then `code`, then `__type`).
 */
import { expect } from "vitest";

export type AwsError = Error & { $metadata?: { httpStatusCode?: number }; $fault?: string };

/** AWS's validation wording names the violated rule; these accept the usual phrasings of each. */
export const RULE = {
  pattern: /pattern|regular expression|format|match/i,
  length: /length|characters|long|short/i,
  range: /greater|less|between|range|at least|at most|minimum|maximum/i,
  enum: /enum|one of|value set|valid values|must be/i,
  required: /null|required|missing|must be (specified|provided)|must not be empty/i,
} as const;

export async function expectAwsError(
  request: Promise<unknown>,
  code: string,
  message?: RegExp,
): Promise<AwsError> {
  let caught: unknown;
  try {
    await request;
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected ${code}, but the request succeeded`).toBeInstanceOf(Error);
  const error = caught as AwsError;
  expect(error.name, error.message).toBe(code);
  if (message) expect(error.message).toMatch(message);
  return error;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Refused as AWS refuses an invalid member: 400 InvalidRequestException whose message names the
 * member (as a path of member names, any capitalisation) and, when given, the rule.
 */
/**
 * Sends each request in turn, never two at once (a refusal must leave the state the next one
 * meets as it was), and expects each refused with `code`.
 */
export async function expectEachAwsError(
  code: string,
  requests: readonly (() => Promise<unknown>)[],
): Promise<void> {
  for (const request of requests) await expectAwsError(request(), code);
}

export async function expectInvalidField(
  request: Promise<unknown>,
  memberPath: string | RegExp,
  rule?: RegExp,
): Promise<AwsError> {
  const error = await expectAwsError(request, "InvalidRequestException");
  expect(error.$metadata?.httpStatusCode).toBe(400);
  const field =
    typeof memberPath === "string" ? new RegExp(escapeRegExp(memberPath), "i") : memberPath;
  expect(error.message).toMatch(field);
  if (rule) expect(error.message).toMatch(rule);
  return error;
}
