"use server";

import { redirect } from "next/navigation";

import { failureResult } from "@/lib/apprunner/api/failure-result";
import {
  applyTagChanges,
  defaultAutoScalingArn,
  findNewUpdateOperation,
  loadEditBase,
  recentOperationIds,
  sendUpdateService,
} from "@/lib/apprunner/api/update-service";
import { toAppRunnerFailure } from "@/lib/apprunner/errors";
import { formFieldForApiPath } from "@/lib/apprunner/form/form-field-for-api-path";
import { serviceToValues } from "@/lib/apprunner/form/service-values";
import { tagChanges } from "@/lib/apprunner/form/tag-changes";
import { isEmptyUpdate, toUpdateServiceInput } from "@/lib/apprunner/form/to-update-service-input";
import { validateWizard, wizardSchema } from "@/lib/apprunner/form/wizard-schema";
import type { FieldIssue } from "@/lib/apprunner/form/wizard-values";
import { runOnce, SubmissionGuardError } from "@/lib/apprunner/api/submission-guard";
import { serviceStateRefusal } from "@/lib/apprunner/rules/service-state-rules";
import { validateOperationInput } from "@/lib/apprunner/validation";
import { authorizeAudited } from "@/lib/audit/authorize-audited";
import { serviceTarget } from "@/lib/audit/service-target";
import { toWire } from "@/lib/apprunner/watch/wire";

import type { UpdateServiceState } from "./update-service-state";

type UpdateOutcome =
  | {
      kind: "updated";
      serviceName: string;
      serviceId: string;
      /** The UPDATE_SERVICE operation started, if any (tags alone start none). */
      operationId?: string;
    }
  | { kind: "failed"; retryable: boolean; result: UpdateServiceState };

const UNREADABLE = "The form could not be read. Reload the page and try again.";

function failed(message: string, fieldErrors: FieldIssue[] = [], retry = false): UpdateOutcome {
  return {
    kind: "failed",
    retryable: true,
    result: { status: "error", message, fieldErrors, retry },
  };
}

function parseValues(raw: FormDataEntryValue | null): unknown {
  try {
    return typeof raw === "string" ? JSON.parse(raw) : undefined;
  } catch {
    return undefined;
  }
}

function fromFailure(error: unknown, what: string): UpdateOutcome {
  const failure = toAppRunnerFailure(error);
  const path = failure.field ? formFieldForApiPath(failure.field) : undefined;
  const { message, retry } = failureResult(failure);
  return failed(`${what} ${message}`, path ? [{ path, message: failure.message }] : [], retry);
}

async function attemptUpdate(
  arn: string,
  baseUpdatedAt: string,
  values: unknown,
  /** Told the exact requests once they are known, for the audit entry. */
  noteRequests: (requests: Record<string, unknown>) => void = () => {},
): Promise<UpdateOutcome> {
  const parsed = wizardSchema.safeParse(values);
  if (!parsed.success) return failed(UNREADABLE);
  // Never trust the browser: the wizard's own check again, each problem on its field.
  const formIssues = validateWizard(parsed.data);
  if (formIssues.length)
    return failed("Some answers need fixing before the service can be updated.", formIssues);

  let loaded: Awaited<ReturnType<typeof loadEditBase>>;
  try {
    loaded = await loadEditBase(arn);
  } catch (error) {
    return fromFailure(error, "The service could not be read, so nothing was changed.");
  }
  const { service } = loaded;
  const refusal = serviceStateRefusal("UpdateService", service.Status);
  if (refusal) return failed(`The service can't be updated now: ${refusal}`);
  // The diff the person approved was against `baseUpdatedAt`; if the service has changed since,
  // show them the new base and the diff again rather than overwrite someone else's change.
  const updatedAt = service.UpdatedAt?.toISOString() ?? "";
  const base = serviceToValues(toWire(service), toWire(loaded.tags));
  if (updatedAt !== baseUpdatedAt)
    return {
      kind: "failed",
      retryable: true,
      result: { status: "stale", base, baseUpdatedAt: updatedAt },
    };

  const next = parsed.data;
  const needsDefault =
    base.instance.autoScaling === "existing" && next.instance.autoScaling === "default";
  let defaultArn: string | undefined;
  try {
    defaultArn = needsDefault ? await defaultAutoScalingArn() : undefined;
  } catch (error) {
    return fromFailure(error, "The default auto scaling configuration could not be read.");
  }
  const { input, issues } = toUpdateServiceInput(arn, base, next, {
    defaultAutoScalingArn: defaultArn,
  });
  if (issues.length) return failed("Some changes can't be made to this service.", issues);
  const tags = tagChanges(base.service.tags, next.service.tags);
  // A failed create is retried by an update, even one that changes nothing in the configuration.
  const changesConfiguration = !isEmptyUpdate(input) || service.Status === "CREATE_FAILED";
  if (!changesConfiguration && !tags.tag.length && !tags.untag.length)
    return failed("Nothing to apply: the form matches the service's current configuration.");
  // The exact requests are checked whole against the API's rules before anything is sent.
  const checks = [
    changesConfiguration && validateOperationInput("UpdateService", input),
    tags.tag.length > 0 &&
      validateOperationInput("TagResource", { ResourceArn: arn, Tags: tags.tag }),
  ];
  for (const check of checks) if (check && !check.ok) return failed(check.message);
  noteRequests({
    ...(tags.untag.length ? { UntagResource: { ResourceArn: arn, TagKeys: tags.untag } } : {}),
    ...(tags.tag.length ? { TagResource: { ResourceArn: arn, Tags: tags.tag } } : {}),
    ...(changesConfiguration ? { UpdateService: input } : {}),
  });

  let before: Set<string> = new Set();
  try {
    if (changesConfiguration) before = await recentOperationIds(arn);
    await applyTagChanges(arn, tags);
  } catch (error) {
    return fromFailure(error, "The tags were not changed, and nothing else was.");
  }
  const done: UpdateOutcome = {
    kind: "updated",
    serviceName: service.ServiceName ?? "",
    serviceId: service.ServiceId ?? "",
  };
  if (!changesConfiguration) return done;
  try {
    const operationId = await sendUpdateService(input);
    return { ...done, operationId };
  } catch (error) {
    const failure = toAppRunnerFailure(error);
    // The SDK sends a request again when the connection is lost; if the first one arrived, its
    // operation is running and the retry is refused as "in progress": that answer is ambiguous too.
    const resent = failure.attempts > 1 && failure.code === "InvalidStateException";
    if (!failure.ambiguous && !resent) return fromFailure(error, "App Runner refused the update.");
    // The request may have arrived: an UPDATE_SERVICE operation that wasn't there before is ours.
    const started = await findNewUpdateOperation(arn, before).catch(() => undefined);
    if (started) return { ...done, operationId: started };
    return failed(
      `${failure.message} The service shows no new update, so none was made. Try again.`,
      [],
      true,
    );
  }
}

/**
 * Applies an edit: tag changes with TagResource/UntagResource, then one UpdateService with only
 * the members that change, and goes to the service's page, which follows the operation. The
 * submission token makes a double click or a retry join the first attempt.
 */
export async function updateService(
  _previous: UpdateServiceState,
  formData: FormData,
): Promise<UpdateServiceState> {
  const token = formData.get("token");
  const arn = formData.get("arn");
  const baseUpdatedAt = formData.get("baseUpdatedAt");
  const audit = await authorizeAudited("updateService", serviceTarget(arn, "UpdateService"));
  if (!audit.ok) return { status: "error", message: audit.message, fieldErrors: [], retry: false };
  if (
    typeof token !== "string" ||
    token.length < 16 ||
    token.length > 100 ||
    typeof arn !== "string" ||
    typeof baseUpdatedAt !== "string"
  ) {
    await audit.done({ result: "error", message: UNREADABLE });
    return { status: "error", message: UNREADABLE, fieldErrors: [], retry: false };
  }

  const values = parseValues(formData.get("values"));
  let requests: Record<string, unknown> | undefined;
  // Recorded inside: a double click that joins the first attempt is not a second change.
  let outcome: UpdateOutcome;
  try {
    outcome = await runOnce<UpdateOutcome>(token, () =>
      audit.track(
        () => attemptUpdate(arn, baseUpdatedAt, values, (sent) => (requests = sent)),
        (attempt) => ({
          request: requests,
          ...(attempt.kind === "updated"
            ? { result: "ok", operationId: attempt.operationId }
            : {
                result: "error",
                message:
                  attempt.result.status === "stale"
                    ? "Nothing was changed: the service was updated elsewhere."
                    : attempt.result.status === "error"
                      ? attempt.result.message
                      : UNREADABLE,
              }),
        }),
      ),
    );
  } catch (error) {
    // Only the token could not be settled (App Runner's failures come back as outcomes).
    if (error instanceof SubmissionGuardError)
      return { status: "error", message: error.message, fieldErrors: [], retry: true };
    throw error;
  }
  if (outcome.kind === "failed") return outcome.result;
  // After the try blocks: redirect() works by throwing.
  redirect(
    `/services/${encodeURIComponent(outcome.serviceName)}/${encodeURIComponent(outcome.serviceId)}`,
  );
}
