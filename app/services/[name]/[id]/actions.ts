"use server";

import { failureResult } from "@/lib/apprunner/api/failure-result";
import {
  deleteService as sendDeleteService,
  pauseService as sendPauseService,
  resumeService as sendResumeService,
  startDeployment,
} from "@/lib/apprunner/api/service-actions";
import { toAppRunnerFailure } from "@/lib/apprunner/errors";
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
