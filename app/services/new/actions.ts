"use server";

import { redirect } from "next/navigation";

import { createService as sendCreateService } from "@/lib/apprunner/api/create-service";
import { failureResult } from "@/lib/apprunner/api/failure-result";
import { findServiceByName } from "@/lib/apprunner/api/find-service-by-name";
import { runOnce, type CreateOutcome } from "@/lib/apprunner/api/submission-guard";
import { toAppRunnerFailure } from "@/lib/apprunner/errors";
import { formFieldForApiPath } from "@/lib/apprunner/form/form-field-for-api-path";
import { toCreateServiceInput } from "@/lib/apprunner/form/to-create-service-input";
import { validateWizard, wizardSchema } from "@/lib/apprunner/form/wizard-schema";
import { validateOperationInput } from "@/lib/apprunner/validation";
import { authorizeAudited } from "@/lib/audit/authorize-audited";

import type { CreateServiceState } from "./create-service-state";

/** A service found by name counts as "just created" by us if it appeared this recently. */
const JUST_CREATED_MS = 5 * 60_000;

function errorState(
  message: string,
  fieldErrors: { path: string; message: string }[] = [],
  retry = false,
): CreateServiceState {
  return { status: "error", message, fieldErrors, retry };
}

function parseValues(raw: FormDataEntryValue | null): unknown {
  try {
    return typeof raw === "string" ? JSON.parse(raw) : undefined;
  } catch {
    return undefined;
  }
}

/** A created service's ARN too, for the audit entry. */
type CreateAttempt =
  | (Extract<CreateOutcome, { kind: "created" }> & { serviceArn?: string })
  | Extract<CreateOutcome, { kind: "failed" }>;

/** The CreateService request the values make, for the audit entry (undefined if unreadable). */
function requestOf(values: unknown): unknown {
  const parsed = wizardSchema.safeParse(values);
  return parsed.success ? toCreateServiceInput(parsed.data) : undefined;
}

async function attemptCreate(values: unknown): Promise<CreateAttempt> {
  const parsed = wizardSchema.safeParse(values);
  if (!parsed.success)
    return {
      kind: "failed",
      retryable: true,
      result: errorState("The form could not be read. Reload the page and try again."),
    };
  // Never trust the browser: the wizard's own check again, which runs the request through
  // validateOperationInput (the API's shapes and rules) and puts each problem on its field.
  const formIssues = validateWizard(parsed.data);
  if (formIssues.length)
    return {
      kind: "failed",
      retryable: true,
      result: errorState("Some answers need fixing before the service can be created.", formIssues),
    };
  const input = toCreateServiceInput(parsed.data);
  // The form check drops what it can't place on a field; the exact request is checked whole.
  const request = validateOperationInput("CreateService", input);
  if (!request.ok) return { kind: "failed", retryable: true, result: errorState(request.message) };

  try {
    const created = await sendCreateService(input);
    return {
      kind: "created",
      serviceName: created?.ServiceName ?? input.ServiceName ?? "",
      serviceId: created?.ServiceId ?? "",
      serviceArn: created?.ServiceArn,
    };
  } catch (error) {
    const failure = toAppRunnerFailure(error);
    // The SDK retries a request whose connection was lost; if an earlier attempt created the
    // service, the retry is refused as "name taken", so that answer is ambiguous too.
    if (failure.ambiguous || (failure.attempts > 1 && failure.field === "ServiceName")) {
      // The request may have arrived: if the service exists and is new, it was ours.
      const found = await findServiceByName(input.ServiceName ?? "").catch(() => undefined);
      const createdAt = found?.CreatedAt?.getTime() ?? 0;
      if (found?.ServiceId && Date.now() - createdAt < JUST_CREATED_MS)
        return {
          kind: "created",
          serviceName: found.ServiceName ?? "",
          serviceId: found.ServiceId,
        };
      return {
        kind: "failed",
        retryable: true,
        result: errorState(
          `${failure.message} No service named ${input.ServiceName} exists, so it was not created. Try again.`,
          [],
          true,
        ),
      };
    }
    const path = failure.field ? formFieldForApiPath(failure.field) : undefined;
    const fieldErrors = path ? [{ path, message: failure.message }] : [];
    const { message, retry } = failureResult(failure);
    return { kind: "failed", retryable: true, result: errorState(message, fieldErrors, retry) };
  }
}

/**
 * Creates the service the wizard describes and goes to its live page. The submission token
 * makes a double click or a retry join the first attempt rather than create a second service.
 */
export async function createService(
  _previous: CreateServiceState,
  formData: FormData,
): Promise<CreateServiceState> {
  const token = formData.get("token");
  const values = parseValues(formData.get("values"));
  const request = requestOf(values);
  const audit = await authorizeAudited("createService", {
    resourceName: (request as { ServiceName?: string } | undefined)?.ServiceName,
    request: { CreateService: request ?? null },
  });
  if (!audit.ok) return errorState(audit.message);
  if (typeof token !== "string" || token.length < 16 || token.length > 100) {
    const message = "The form could not be read. Reload the page and try again.";
    await audit.done({ result: "error", message });
    return errorState(message);
  }

  // Recorded inside: a double click that joins the first attempt is not a second change.
  const outcome = await runOnce<CreateAttempt>(token, () =>
    audit.track(
      () => attemptCreate(values),
      (attempt) =>
        attempt.kind === "created"
          ? { result: "ok", resourceArn: attempt.serviceArn, resourceName: attempt.serviceName }
          : { result: "error", message: (attempt.result as { message: string }).message },
    ),
  );
  if (outcome.kind === "failed") return outcome.result as CreateServiceState;
  // After the try block: redirect() works by throwing.
  redirect(
    `/services/${encodeURIComponent(outcome.serviceName)}/${encodeURIComponent(outcome.serviceId)}`,
  );
}
