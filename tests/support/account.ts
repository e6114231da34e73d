/**
 * The account and region the tests' ARNs name. Against the emulator they are the ones it was
 * started with; against AWS they are read from the answers (the first App Runner ARN any call
 * returns), never assumed — there is no STS client here, only the APIs the suite tests.
 */
import { arnParts } from "./aws-resources";
import { TEST_ACCOUNT_ID } from "./emulator-process";
import { awsRegion, isAws } from "./target";

let discovered: { account: string; region: string } | undefined;

/** Called with every App Runner ARN seen in an answer; the first one on AWS sets the account. */
export function noteArn(arn: string): void {
  if (!isAws || discovered) return;
  const parts = arnParts(arn);
  if (!parts) return;
  if (parts.region !== awsRegion())
    throw new Error(
      `the endpoint answered with ARNs of ${parts.region} while the run's region is ${awsRegion()}`,
    );
  discovered = { account: parts.account, region: parts.region };
}

export function accountKnown(): boolean {
  return !isAws || discovered !== undefined;
}

/**
 * The account of the resources the tests create: the emulator's test account, or the one AWS
 * named in its answers (known once a file's `beforeAll` has run, see `emulatorForFile`).
 */
export function testAccountId(): string {
  if (!isAws) return TEST_ACCOUNT_ID;
  if (!discovered)
    throw new Error("no answer has named the AWS account yet (read it after beforeAll)");
  return discovered.account;
}
