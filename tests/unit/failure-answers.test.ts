import {
  AppRunnerServiceException,
  InternalServiceErrorException,
  InvalidRequestException,
  InvalidStateException,
  ResourceNotFoundException,
  ServiceQuotaExceededException,
} from "@aws-sdk/client-apprunner";
import { describe, expect, it } from "vitest";

import { FAILURE_ANSWERS } from "@/lib/apprunner/api/failure-answers";
import { failureResponse } from "@/lib/apprunner/api/failure-response";
import { failureResult } from "@/lib/apprunner/api/failure-result";
import { toAppRunnerFailure, type AppRunnerFailureKind } from "@/lib/apprunner/errors";

const METADATA = { httpStatusCode: 400, requestId: "req-secret-1234", attempts: 1 };

/** An error shaped as the SDK throws one the model does not name (throttling, auth). */
function unmodeled(name: string, message: string, fault: "client" | "server" = "client") {
  return new AppRunnerServiceException({ name, message, $fault: fault, $metadata: METADATA });
}

const modeled = { $fault: "client" as const, $metadata: METADATA };

/** One error per row of the table, as the SDK or Node would throw it. */
const CASES: { kind: AppRunnerFailureKind; status: number; retry: boolean; error: unknown }[] = [
  {
    kind: "invalid-request",
    status: 400,
    retry: false,
    error: new InvalidRequestException({
      ...modeled,
      message:
        "1 validation error detected: Value 'x' at 'serviceName' failed to satisfy constraint",
    }),
  },
  {
    kind: "not-found",
    status: 404,
    retry: false,
    error: new ResourceNotFoundException({ ...modeled, message: "Service not found: web" }),
  },
  {
    kind: "invalid-state",
    status: 409,
    retry: false,
    error: new InvalidStateException({ ...modeled, message: "An operation is in progress." }),
  },
  {
    kind: "quota",
    status: 409,
    retry: false,
    error: new ServiceQuotaExceededException({ ...modeled, message: "Quota of 30 reached." }),
  },
  {
    kind: "access-denied",
    status: 403,
    retry: false,
    error: unmodeled("AccessDeniedException", "User arn:aws:iam::123456789012:user/x is denied"),
  },
  {
    kind: "throttled",
    status: 429,
    retry: true,
    error: unmodeled("ThrottlingException", "Rate exceeded"),
  },
  {
    kind: "server",
    status: 502,
    retry: true,
    error: new InternalServiceErrorException({
      $metadata: { ...METADATA, httpStatusCode: 500 },
      message: "Internal failure at host-17",
    }),
  },
  {
    kind: "unreachable",
    status: 502,
    retry: true,
    error: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:4599"), {
      code: "ECONNREFUSED",
    }),
  },
  {
    kind: "no-answer",
    status: 504,
    retry: true,
    error: Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }),
  },
  {
    kind: "credentials",
    status: 502,
    retry: false,
    error: unmodeled("UnrecognizedClientException", "The security token AKIA123 is invalid."),
  },
  {
    kind: "unknown",
    status: 502,
    retry: true,
    error: new TypeError("Cannot read properties of undefined (reading 'x')"),
  },
];

describe("one answer per kind of App Runner failure", () => {
  it("has a case here for every row of the table", () => {
    expect(CASES.map((c) => c.kind).sort()).toEqual(Object.keys(FAILURE_ANSWERS).sort());
  });

  for (const { kind, status, retry, error } of CASES) {
    it(`${kind}: a route answers ${status} with a sentence and nothing internal`, async () => {
      expect(toAppRunnerFailure(error).kind).toBe(kind);
      const response = failureResponse(error);
      expect(response.status).toBe(status);
      const text = await response.text();
      const body = JSON.parse(text) as Record<string, unknown>;
      expect(body.kind).toBe(kind);
      expect(typeof body.message).toBe("string");
      expect(Object.keys(body).every((key) => ["kind", "message", "field"].includes(key))).toBe(
        true,
      );
      // No request ids, metadata, stacks or credentials reach the browser.
      expect(text).not.toMatch(/req-secret|\$metadata|AKIA|\bat .*:\d+:\d+|iam::/);
    });

    it(`${kind}: a server action answers ${retry ? "try again" : "no retry"}`, () => {
      const result = failureResult(toAppRunnerFailure(error));
      expect(result).toEqual({
        ok: false,
        message: toAppRunnerFailure(error).message,
        retry,
      });
    });
  }

  it("tells a throttled client when to ask again", () => {
    const response = failureResponse(unmodeled("ThrottlingException", "Rate exceeded"));
    expect(response.headers.get("Retry-After")).toBe("5");
  });

  it("names the request member an invalid request is about", async () => {
    const response = failureResponse(CASES[0]!.error);
    expect(await response.json()).toMatchObject({ field: "ServiceName" });
  });
});
