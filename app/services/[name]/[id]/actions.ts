"use server";

import {
  DeleteServiceCommand,
  PauseServiceCommand,
  ResumeServiceCommand,
  StartDeploymentCommand,
} from "@aws-sdk/client-apprunner";

import { getAppRunnerClient } from "@/lib/apprunner/client";
import { toApiError } from "@/lib/apprunner/errors";
import { getWatchHub } from "@/lib/apprunner/watch/get-watch-hub";

import { deleteServiceSchema, serviceArnSchema, type ActionResult } from "./action-result";

async function run(arn: string, send: () => Promise<unknown>, done: string): Promise<ActionResult> {
  try {
    await send();
  } catch (error) {
    const apiError = toApiError(error);
    // A refusal for the service's state means this page is behind: have it look again now.
    if (apiError.kind === "invalid-state" || apiError.kind === "not-found")
      getWatchHub().nudge(arn);
    return { ok: false, message: apiError.message };
  }
  // Viewers of this service see the new operation on the next poll, which starts now.
  getWatchHub().nudge(arn);
  return { ok: true, message: done };
}

export async function deployService(arn: string): Promise<ActionResult> {
  const parsed = serviceArnSchema.safeParse(arn);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]!.message };
  return run(
    arn,
    () => getAppRunnerClient().send(new StartDeploymentCommand({ ServiceArn: arn })),
    "Deployment started.",
  );
}

export async function pauseService(arn: string): Promise<ActionResult> {
  const parsed = serviceArnSchema.safeParse(arn);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]!.message };
  return run(
    arn,
    () => getAppRunnerClient().send(new PauseServiceCommand({ ServiceArn: arn })),
    "Pausing the service.",
  );
}

export async function resumeService(arn: string): Promise<ActionResult> {
  const parsed = serviceArnSchema.safeParse(arn);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]!.message };
  return run(
    arn,
    () => getAppRunnerClient().send(new ResumeServiceCommand({ ServiceArn: arn })),
    "Resuming the service.",
  );
}

export async function deleteService(arn: string, confirmName: string): Promise<ActionResult> {
  const parsed = deleteServiceSchema.safeParse({ arn, confirmName });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]!.message };
  return run(
    arn,
    () => getAppRunnerClient().send(new DeleteServiceCommand({ ServiceArn: arn })),
    "Deleting the service.",
  );
}
