import { testAccountId } from "./account";
import { TEST_REGION } from "./clients";
import { runPrefix } from "./target";

/**
 * Unique, valid resource names (4–40 chars of [A-Za-z0-9-_], starting alphanumeric). On AWS they
 * start with the run's prefix (`rdc-<random>-`), which the teardown looks for.
 */
let counter = 0;

export function uniqueName(prefix: string, maxLength = 40): string {
  counter += 1;
  const suffix = `${counter.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return `${(runPrefix() + prefix).slice(0, maxLength - suffix.length - 1)}-${suffix}`;
}

/**
 * A well-formed ARN in the test region and account (the discovered one on AWS) that names nothing: `resource` is its path
 * before the ID, e.g. "connection/none" or "vpcconnector/none/1".
 */
export function unknownArn(resource: string): string {
  return `arn:aws:apprunner:${TEST_REGION}:${testAccountId()}:${resource}/0123456789abcdef0123456789abcdef`;
}
