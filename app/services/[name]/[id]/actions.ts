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
import { validateOperationInput } from "@/lib/apprunner/validation";
import { getWatchHub } from "@/lib/apprunner/watch/get-watch-hub";

import { deleteServiceSchema, serviceArnSchema, type ActionResult } from "./action-result";

async function run(
  arn: string,
  send: (arn: string) => Promise<void>,
  done: string,
): Promise<ActionResult> {
  try {
    await send(arn);
  } catch (error) {
    const failure = toAppRunnerFailure(error);
    // A refusal for the service's state means this page is behind: have it look again now.
    if (failure.kind === "invalid-state" || failure.kind === "not-found") getWatchHub().nudge(arn);
    return failureResult(failure);
  }
  // Viewers of this service see the new operation on the next poll, which starts now.
  getWatchHub().nudge(arn);
  return { ok: true, message: done };
}

export async function deployService(arn: string): Promise<ActionResult> {
  const parsed = serviceArnSchema.safeParse(arn);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]!.message };
  return run(arn, startDeployment, "Deployment started.");
}

export async function pauseService(arn: string): Promise<ActionResult> {
  const parsed = serviceArnSchema.safeParse(arn);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]!.message };
  return run(arn, sendPauseService, "Pausing the service.");
}

export async function resumeService(arn: string): Promise<ActionResult> {
  const parsed = serviceArnSchema.safeParse(arn);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]!.message };
  return run(arn, sendResumeService, "Resuming the service.");
}

export async function deleteService(arn: string, confirmName: string): Promise<ActionResult> {
  const parsed = deleteServiceSchema.safeParse({ arn, confirmName });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]!.message };
  return run(arn, sendDeleteService, "Deleting the service.");
}

/** The model's pattern, in words: AWS's own message quotes a regular expression. */
const DOMAIN_NAME_RULE =
  "Enter a domain name such as www.example.com: letters, digits, hyphens, dots and * only, at most 255 characters.";

async function sendDomainChange(send: () => Promise<void>, done: string): Promise<ActionResult> {
  try {
    await send();
  } catch (error) {
    return failureResult(toAppRunnerFailure(error));
  }
  return { ok: true, message: done };
}

export async function associateCustomDomain(
  arn: string,
  domainName: string,
  enableWwwSubdomain: boolean,
): Promise<ActionResult> {
  const parsed = serviceArnSchema.safeParse(arn);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]!.message };
  // The same check App Runner makes, before anything is sent; whatever the browser sent.
  const checked = validateOperationInput("AssociateCustomDomain", {
    ServiceArn: arn,
    DomainName: typeof domainName === "string" ? domainName.trim() : domainName,
    EnableWWWSubdomain: enableWwwSubdomain,
  });
  if (!checked.ok) {
    const onName = checked.issues.some((issue) => issue.path === "DomainName");
    return { ok: false, message: onName ? DOMAIN_NAME_RULE : checked.message };
  }
  const input = checked.value;
  return sendDomainChange(
    () => sendAssociateCustomDomain(input),
    `${input.DomainName} is being associated. Create the DNS records below.`,
  );
}

export async function disassociateCustomDomain(
  arn: string,
  domainName: string,
): Promise<ActionResult> {
  const checked = validateOperationInput("DisassociateCustomDomain", {
    ServiceArn: arn,
    DomainName: domainName,
  });
  if (!checked.ok || !serviceArnSchema.safeParse(arn).success)
    return { ok: false, message: "That is not a custom domain of this service." };
  const input = checked.value;
  return sendDomainChange(
    () => sendDisassociateCustomDomain(input.ServiceArn, input.DomainName),
    `${input.DomainName} is being removed.`,
  );
}
