import type { ErrorBody } from "@/lib/apprunner/api/failure-response";

/**
 * A dashboard route answered with an error (ErrorBody): its message is already a sentence for a
 * person, `field` names the request member at fault when the route knows it. The one
 * browser-side error class, for the services area and the wizard's pickers alike.
 */
export class RouteResponseError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly kind: ErrorBody["kind"] | undefined,
    readonly field?: string,
    /** How long the server asked to be left alone (`Retry-After`), when it said. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }

  /** The error a failed response stands for; its body is read if it is an ErrorBody. */
  static async from(response: Response): Promise<RouteResponseError> {
    const body = (await response.json().catch(() => ({}))) as Partial<ErrorBody> | null;
    // Only the seconds form: the dashboard's routes never send an HTTP date.
    const seconds = Number(response.headers.get("retry-after") ?? NaN);
    return new RouteResponseError(
      body?.message ?? `The dashboard answered ${response.status}.`,
      response.status,
      body?.kind,
      body?.field,
      Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined,
    );
  }
}
