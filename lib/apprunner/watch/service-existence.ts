import "server-only";

import { describeService } from "@/lib/apprunner/api/describe-service";
import { toAppRunnerFailure } from "@/lib/apprunner/errors";

import { getWatchHub } from "./get-watch-hub";

/** Thrown as the SDK throws App Runner's own not-found, so every route answers it as 404. */
function notFound(): Error {
  return Object.assign(new Error("App Runner has no such service."), {
    name: "ResourceNotFoundException",
  });
}

/**
 * Runs a read of `arn` that would answer for a service that doesn't exist as if it did (tags
 * come back empty), but answers not-found instead. A running loop already knows the service
 * exists and a known-gone one is refused at once; otherwise DescribeService asks, alongside.
 */
export async function readExistingService<T>(arn: string, read: () => Promise<T>): Promise<T> {
  const hub = getWatchHub();
  if (hub.isGone(arn)) throw notFound();
  if (hub.peek(arn)) return read();
  const [, value] = await Promise.all([rememberGone(arn, () => describeService(arn)), read()]);
  return value;
}

/** Runs a read of `arn`; a not-found answer is remembered, so asking again costs no call. */
export async function rememberGone<T>(arn: string, read: () => Promise<T>): Promise<T> {
  const hub = getWatchHub();
  if (hub.isGone(arn)) throw notFound();
  try {
    return await read();
  } catch (error) {
    if (toAppRunnerFailure(error).kind === "not-found") hub.markGone(arn);
    throw error;
  }
}
