import "server-only";

import { toAppRunnerFailure } from "@/lib/apprunner/errors";

export type Loaded<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * A resource page's read: its data, or App Runner's failure as a sentence the page shows with a
 * retry link. Failures nobody recognises go to the route's error boundary.
 */
export async function loadOrProblem<T>(load: () => Promise<T>): Promise<Loaded<T>> {
  try {
    return { ok: true, value: await load() };
  } catch (error) {
    const failure = toAppRunnerFailure(error);
    if (failure.kind === "unknown") throw error;
    return { ok: false, message: failure.message };
  }
}
