"use server";

import {
  associateCustomDomain as sendAssociateCustomDomain,
  disassociateCustomDomain as sendDisassociateCustomDomain,
} from "@/lib/apprunner/api/custom-domains";
import { failureResult } from "@/lib/apprunner/api/failure-result";
import {
  deleteService as sendDeleteService,
  pauseService as sendPauseService,
  resumeService as sendResumeService,
  startDeployment,
} from "@/lib/apprunner/api/service-actions";
import { toAppRunnerFailure } from "@/lib/apprunner/errors";
import { authorizeAudited, type AuditedAuthorization } from "@/lib/audit/authorize-audited";
import { serviceTarget } from "@/lib/audit/service-target";
import { validateOperationInput } from "@/lib/apprunner/validation";
import { getWatchHub } from "@/lib/apprunner/watch/get-watch-hub";

import { deleteServiceSchema, serviceArnSchema, type ActionResult } from "./action-result";

type Audit = Extract<AuditedAuthorization, { ok: true }>;

/** A refusal of the action's own (a bad ARN, a name that doesn't match), recorded as such. */
async function refuse(audit: Audit, message: string): Promise<ActionResult> {
  await audit.done({ result: "error", message });
  return { ok: false, message };
}

async function run(
  audit: Audit,
  arn: string,
  // The operation's id when the adapter gives it: the audit entry then names the operation.
  send: (arn: string) => Promise<unknown>,
  done: string,
): Promise<ActionResult> {
  let operationId: unknown;
  try {
    operationId = await send(arn);
  } catch (error) {
    const failure = toAppRunnerFailure(error);
    // A refusal for the service's state means this page is behind: have it look again now.
    if (failure.kind === "invalid-state" || failure.kind === "not-found") getWatchHub().nudge(arn);
    const result = failureResult(failure);
    await audit.done({ result: "error", message: result.message });
    return result;
  }
  await audit.done({
    result: "ok",
    operationId: typeof operationId === "string" ? operationId : null,
  });
  // Viewers of this service see the new operation on the next poll, which starts now (after
  // the entry: the page that sees the operation then finds who started it).
  getWatchHub().nudge(arn);
  return { ok: true, message: done };
}

export async function deployService(arn: string): Promise<ActionResult> {
  const audit = await authorizeAudited("deployService", serviceTarget(arn, "StartDeployment"));
  if (!audit.ok) return { ok: false, message: audit.message };
  const parsed = serviceArnSchema.safeParse(arn);
  if (!parsed.success) return refuse(audit, parsed.error.issues[0]!.message);
  return run(audit, arn, startDeployment, "Deployment started.");
}

export async function pauseService(arn: string): Promise<ActionResult> {
  const audit = await authorizeAudited("pauseService", serviceTarget(arn, "PauseService"));
  if (!audit.ok) return { ok: false, message: audit.message };
  const parsed = serviceArnSchema.safeParse(arn);
  if (!parsed.success) return refuse(audit, parsed.error.issues[0]!.message);
  return run(audit, arn, sendPauseService, "Pausing the service.");
}

export async function resumeService(arn: string): Promise<ActionResult> {
  const audit = await authorizeAudited("resumeService", serviceTarget(arn, "ResumeService"));
  if (!audit.ok) return { ok: false, message: audit.message };
  const parsed = serviceArnSchema.safeParse(arn);
  if (!parsed.success) return refuse(audit, parsed.error.issues[0]!.message);
  return run(audit, arn, sendResumeService, "Resuming the service.");
}

export async function deleteService(arn: string, confirmName: string): Promise<ActionResult> {
  const audit = await authorizeAudited("deleteService", serviceTarget(arn, "DeleteService"));
  if (!audit.ok) return { ok: false, message: audit.message };
  const parsed = deleteServiceSchema.safeParse({ arn, confirmName });
  if (!parsed.success) return refuse(audit, parsed.error.issues[0]!.message);
  return run(audit, arn, sendDeleteService, "Deleting the service.");
}

/** The model's pattern, in words: AWS's own message quotes a regular expression. */
const DOMAIN_NAME_RULE =
  "Enter a domain name such as www.example.com: letters, digits, hyphens, dots and * only, at most 255 characters.";

async function sendDomainChange(
  audit: Audit,
  send: () => Promise<void>,
  done: string,
): Promise<ActionResult> {
  try {
    await send();
  } catch (error) {
    const result = failureResult(toAppRunnerFailure(error));
    await audit.done({ result: "error", message: result.message });
    return result;
  }
  await audit.done({ result: "ok" });
  return { ok: true, message: done };
}

export async function associateCustomDomain(
  arn: string,
  domainName: string,
  enableWwwSubdomain: boolean,
): Promise<ActionResult> {
  const audit = await authorizeAudited(
    "manageCustomDomains",
    serviceTarget(arn, "AssociateCustomDomain", {
      DomainName: domainName,
      EnableWWWSubdomain: enableWwwSubdomain,
    }),
  );
  if (!audit.ok) return { ok: false, message: audit.message };
  const parsed = serviceArnSchema.safeParse(arn);
  if (!parsed.success) return refuse(audit, parsed.error.issues[0]!.message);
  // The same check App Runner makes, before anything is sent; whatever the browser sent.
  const checked = validateOperationInput("AssociateCustomDomain", {
    ServiceArn: arn,
    DomainName: typeof domainName === "string" ? domainName.trim() : domainName,
    EnableWWWSubdomain: enableWwwSubdomain,
  });
  if (!checked.ok) {
    const onName = checked.issues.some((issue) => issue.path === "DomainName");
    return refuse(audit, onName ? DOMAIN_NAME_RULE : checked.message);
  }
  const input = checked.value;
  return sendDomainChange(
    audit,
    () => sendAssociateCustomDomain(input),
    `${input.DomainName} is being associated. Create the DNS records below.`,
  );
}

export async function disassociateCustomDomain(
  arn: string,
  domainName: string,
): Promise<ActionResult> {
  const audit = await authorizeAudited(
    "manageCustomDomains",
    serviceTarget(arn, "DisassociateCustomDomain", { DomainName: domainName }),
  );
  if (!audit.ok) return { ok: false, message: audit.message };
  const checked = validateOperationInput("DisassociateCustomDomain", {
    ServiceArn: arn,
    DomainName: domainName,
  });
  if (!checked.ok || !serviceArnSchema.safeParse(arn).success)
    return refuse(audit, "That is not a custom domain of this service.");
  const input = checked.value;
  return sendDomainChange(
    audit,
    () => sendDisassociateCustomDomain(input.ServiceArn, input.DomainName),
    `${input.DomainName} is being removed.`,
  );
}
