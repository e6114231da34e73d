import "server-only";

import {
  DeleteServiceCommand,
  PauseServiceCommand,
  ResumeServiceCommand,
  StartDeploymentCommand,
} from "@aws-sdk/client-apprunner";

import { getAppRunnerClient } from "@/lib/apprunner/client";

// The four actions of the service page. Each starts an operation and answers at once; the page
// follows the operation through the watch hub, so none of them returns anything.

export async function startDeployment(arn: string): Promise<void> {
  await getAppRunnerClient().send(new StartDeploymentCommand({ ServiceArn: arn }));
}

export async function pauseService(arn: string): Promise<void> {
  await getAppRunnerClient().send(new PauseServiceCommand({ ServiceArn: arn }));
}

export async function resumeService(arn: string): Promise<void> {
  await getAppRunnerClient().send(new ResumeServiceCommand({ ServiceArn: arn }));
}

export async function deleteService(arn: string): Promise<void> {
  await getAppRunnerClient().send(new DeleteServiceCommand({ ServiceArn: arn }));
}
