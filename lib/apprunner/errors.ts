import "server-only";

/**
 * The one place that narrows AWS SDK errors into something a person can act on. Nothing from
 * here carries stack traces, `$metadata`, request ids or credentials to the browser.
 */
export type AppRunnerFailureKind =
  | "invalid-request"
  | "quota"
  | "not-found"
  | "invalid-state"
  | "throttled"
  | "server"
  /** The request was never sent: the connection was refused or the name did not resolve. */
  | "unreachable"
  /** The request was sent and no answer came (timeout, reset): it may or may not have run. */
  | "no-answer"
  | "credentials"
  | "access-denied"
  | "unknown";

/**
 * A failed call to App Runner or CloudWatch Logs, narrowed to what a person can act on. Named
 * apart from the emulator's `ApiError` classes, which are the errors it answers with.
 */
export type AppRunnerFailure = {
  kind: AppRunnerFailureKind;
  /** The AWS error code (e.g. `InvalidRequestException`), when there is one. */
  code: string | undefined;
  /** A sentence for a person. */
  message: string;
  /**
   * The request member the error is about, as a dotted path of the API's member names
   * (`ServiceName`, `SourceConfiguration.ImageRepository.ImageIdentifier`), when identifiable.
   */
  field: string | undefined;
  /** True when the request may or may not have taken effect (sent, then the connection was lost). */
  ambiguous: boolean;
  /** How many times the SDK sent the request (it retries throttling, 5xx and lost connections). */
  attempts: number;
};

const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "UND_ERR_SOCKET",
]);

type ErrorLike = {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  $fault?: unknown;
  $metadata?: { httpStatusCode?: number; attempts?: number };
};

/** `a.b.c` as the emulator and AWS print member paths (lowerCamel) → `A.B.C` (the API's names). */
function toMemberPath(path: string): string {
  return path
    .split(".")
    .map((part) => part.replace(/^[a-z]/, (c) => c.toUpperCase()))
    .join(".");
}

export function fieldFromMessage(message: string): string | undefined {
  const at = /\bat '([A-Za-z0-9_.[\]]+)'/.exec(message);
  if (at?.[1]) return toMemberPath(at[1].replace(/\[\d+\]/g, ""));
  if (/service with the provided name already exists|name .*already (exists|in use)/i.test(message))
    return "ServiceName";
  return undefined;
}

function cleanMessage(message: string): string {
  // SDK-internal wording ("Deserialization error: to see the raw response…") is not for people.
  const trimmed = message.split("\n")[0]!.trim();
  return trimmed.length > 500 ? `${trimmed.slice(0, 497)}…` : trimmed;
}

export function toAppRunnerFailure(error: unknown): AppRunnerFailure {
  const e = (typeof error === "object" && error !== null ? error : {}) as ErrorLike;
  const name = typeof e.name === "string" ? e.name : undefined;
  const rawMessage = typeof e.message === "string" ? e.message : "";
  const sysCode = typeof e.code === "string" ? e.code : undefined;
  const base = {
    code: name,
    field: undefined,
    ambiguous: false,
    attempts: e.$metadata?.attempts ?? 1,
  };

  switch (name) {
    case "InvalidRequestException":
      return {
        ...base,
        kind: "invalid-request",
        message: cleanMessage(rawMessage) || "The request is not valid.",
        field: fieldFromMessage(rawMessage),
      };
    case "ServiceQuotaExceededException":
      return {
        ...base,
        kind: "quota",
        message: `${cleanMessage(rawMessage) || "A service quota was exceeded."} Delete a resource you no longer need, or ask AWS for a higher quota.`,
      };
    case "ResourceNotFoundException":
      return {
        ...base,
        kind: "not-found",
        message: cleanMessage(rawMessage) || "The resource does not exist.",
      };
    case "InvalidStateException":
      return {
        ...base,
        kind: "invalid-state",
        message: cleanMessage(rawMessage) || "The resource is not in a state that allows this.",
      };
    case "ThrottlingException":
    case "TooManyRequestsException":
      return {
        ...base,
        kind: "throttled",
        message: "AWS is throttling requests right now. Wait a moment and try again.",
      };
    case "UnrecognizedClientException":
    case "InvalidSignatureException":
    case "ExpiredTokenException":
    case "CredentialsProviderError":
      return {
        ...base,
        kind: "credentials",
        message: "AWS refused the credentials. Check the profile or keys the dashboard runs with.",
      };
    case "AccessDeniedException":
      // The credentials are valid but lack a permission (e.g. `logs:GetLogEvents`).
      return {
        ...base,
        kind: "access-denied",
        message:
          "AWS denied this to the dashboard's credentials. Check the permissions of the profile or role it runs with.",
      };
  }
  if (name === "TimeoutError" || (sysCode && NETWORK_CODES.has(sysCode))) {
    // Refused or unresolved connections never sent the request; the others may have.
    const neverSent =
      sysCode === "ECONNREFUSED" || sysCode === "ENOTFOUND" || sysCode === "EAI_AGAIN";
    return neverSent
      ? {
          ...base,
          kind: "unreachable",
          message: "App Runner could not be reached. Check the connection and try again.",
        }
      : {
          ...base,
          kind: "no-answer",
          ambiguous: true,
          message: "The connection to App Runner was lost before it answered.",
        };
  }
  if (e.$fault === "server" || (e.$metadata?.httpStatusCode ?? 0) >= 500) {
    return {
      ...base,
      kind: "server",
      message: "App Runner had an internal error. Try again in a moment.",
    };
  }
  return {
    ...base,
    kind: "unknown",
    message: "Something went wrong talking to App Runner. Try again.",
  };
}
