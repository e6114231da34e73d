"use server";

import { redirect } from "next/navigation";

import { createService as sendCreateService } from "@/lib/apprunner/api/create-service";
import { failureResult } from "@/lib/apprunner/api/failure-result";
import { findCreatedService } from "@/lib/apprunner/api/find-service-by-name";
import {
  runOnce,
  SubmissionGuardError,
  type CreateOutcome,
} from "@/lib/apprunner/api/submission-guard";
import { toAppRunnerFailure } from "@/lib/apprunner/errors";
import { formFieldForApiPath } from "@/lib/apprunner/form/form-field-for-api-path";
import { toCreateServiceInput } from "@/lib/apprunner/form/to-create-service-input";
import { validateWizard, wizardSchema } from "@/lib/apprunner/form/wizard-schema";
import type { WizardValues } from "@/lib/apprunner/form/wizard-values";
import { validateOperationInput } from "@/lib/apprunner/validation";
import { authorizeAudited } from "@/lib/audit/authorize-audited";

import { STILL_CHECKING, type CreateServiceState } from "./create-service-state";

/**
 * Submissions whose CreateService went out without an answer, by token → when it was first
 * sent. Until App Runner says what happened, a retry with the token looks before it sends, and
 * a "name taken" refusal is checked against the service this submission may have made.
 */
const unsettled = new Map<string, number>();
const MAX_UNSETTLED = 1_000;

function markUnsettled(token: string, sentAt: number): void {
  unsettled.set(token, sentAt);
  if (unsettled.size > MAX_UNSETTLED) unsettled.delete(unsettled.keys().next().value!);
}

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

function createdFrom(service: {
  ServiceName?: string;
  ServiceId?: string;
  ServiceArn?: string;
}): CreateAttempt {
  return {
    kind: "created",
    serviceName: service.ServiceName ?? "",
    serviceId: service.ServiceId ?? "",
    serviceArn: service.ServiceArn,
  };
}

const stillChecking: CreateAttempt = {
  kind: "failed",
  // Retryable: the form sends the same token again, and that attempt looks again.
  retryable: true,
  result: { status: "checking", message: STILL_CHECKING } satisfies CreateServiceState,
};

function nameTaken(values: WizardValues): CreateAttempt {
  const message = `A service named ${values.service.name} already exists, so this one was not created. Choose another name.`;
  return {
    kind: "failed",
    retryable: true,
    result: errorState(message, [{ path: "service.name", message }]),
  };
}

async function attemptCreate(values: unknown, token: string): Promise<CreateAttempt> {
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

  const sentBefore = unsettled.get(token);
  if (sentBefore !== undefined) {
    // An earlier create with this token may have arrived: look before sending another.
    const found = await findCreatedService(parsed.data, sentBefore);
    if (found.kind === "unknown") return stillChecking;
    unsettled.delete(token);
    if (found.kind === "ours") return createdFrom(found.service);
    if (found.kind === "taken") return nameTaken(parsed.data);
    // Absent: it never arrived, or has not yet. Sending again is safe: names are unique, so
    // at most one of the two creates a service, and a "name taken" below is checked.
    markUnsettled(token, sentBefore);
  }
  const sentAt = sentBefore ?? Date.now();

  try {
    const created = await sendCreateService(input);
    unsettled.delete(token);
    return createdFrom({ ...created, ServiceName: created?.ServiceName ?? input.ServiceName });
  } catch (error) {
    const failure = toAppRunnerFailure(error);
    // The SDK retries a request whose connection was lost, and a person retries one that was
    // never answered; if the earlier one created the service, this one is refused as "name
    // taken". So that refusal is ambiguous too, whenever an earlier one may have arrived.
    const taken = failure.field === "ServiceName";
    if (failure.ambiguous || (taken && (failure.attempts > 1 || sentBefore !== undefined))) {
      markUnsettled(token, sentAt);
      const found = await findCreatedService(parsed.data, sentAt);
      // "Not created" only on App Runner's word: a lookup that failed proves nothing.
      if (found.kind === "unknown") return stillChecking;
      if (found.kind === "ours") {
        unsettled.delete(token);
        return createdFrom(found.service);
      }
      if (found.kind === "taken") {
        unsettled.delete(token);
        return nameTaken(parsed.data);
      }
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
  let outcome: CreateAttempt;
  try {
    outcome = await runOnce<CreateAttempt>(token, () =>
      audit.track(
        () => attemptCreate(values, token),
        (attempt) =>
          attempt.kind === "created"
            ? { result: "ok", resourceArn: attempt.serviceArn, resourceName: attempt.serviceName }
            : { result: "error", message: (attempt.result as { message: string }).message },
      ),
    );
  } catch (error) {
    // Only the token could not be settled (App Runner's failures come back as outcomes): the
    // form stays as it is, and trying again with the same token joins the first attempt.
    if (error instanceof SubmissionGuardError) return errorState(error.message, [], true);
    throw error;
  }
  if (outcome.kind === "failed") return outcome.result as CreateServiceState;
  // After the try block: redirect() works by throwing.
  redirect(
    `/services/${encodeURIComponent(outcome.serviceName)}/${encodeURIComponent(outcome.serviceId)}`,
  );
}
