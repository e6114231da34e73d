import "server-only";

import { toAppRunnerFailure } from "@/lib/apprunner/errors";

import { resolveServiceArn } from "./resolve-service-arn";

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

/** A service page's read: its data, a service that isn't there (404), or a sentence to show. */
export type LoadedService<T> =
  | { kind: "ok"; arn: string; value: T }
  | { kind: "missing" }
  | { kind: "problem"; message: string };

/**
 * Finds the service named in a page's address (`/services/<name>/<id>`) and reads what the page
 * needs of it. A service that doesn't exist, or an address App Runner calls invalid, is
 * "missing"; failures nobody recognises go to the route's error boundary.
 */
export async function loadServiceOrProblem<T>(
  name: string,
  id: string,
  load: (arn: string) => Promise<T>,
): Promise<LoadedService<T>> {
  try {
    const arn = await resolveServiceArn(name, id);
    if (!arn) return { kind: "missing" };
    return { kind: "ok", arn, value: await load(arn) };
  } catch (error) {
    const failure = toAppRunnerFailure(error);
    if (failure.kind === "not-found" || failure.kind === "invalid-request")
      return { kind: "missing" };
    if (failure.kind === "unknown") throw error;
    return { kind: "problem", message: failure.message };
  }
}
