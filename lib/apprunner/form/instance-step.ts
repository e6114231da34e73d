import { z } from "zod";

import { AppRunnerResourceArn, RoleArn } from "@/lib/apprunner/schema/shapes.generated";

import { checkText, type IssueSink } from "./field-checks";
import { findInstanceSize } from "./instance-sizes";
import type { WizardValues } from "./wizard-schema";

export const instanceStepSchema = z.object({
  instance: z.object({
    /** API values, e.g. "1024" and "2048"; only valid pairs are offered. */
    cpu: z.string(),
    memory: z.string(),
    instanceRoleArn: z.string(),
    autoScaling: z.enum(["default", "existing"]),
    autoScalingArn: z.string(),
  }),
});

export function instanceStepRules({ instance }: WizardValues, add: IssueSink): void {
  if (!findInstanceSize(instance.cpu, instance.memory))
    add("instance.size", "Choose one of the CPU and memory combinations App Runner offers.");
  checkText(add, "instance.instanceRoleArn", instance.instanceRoleArn, RoleArn, {
    invalid: "Enter an IAM role ARN such as arn:aws:iam::123456789012:role/my-app-role.",
  });
  if (instance.autoScaling === "existing")
    checkText(add, "instance.autoScalingArn", instance.autoScalingArn, AppRunnerResourceArn, {
      required: "Choose an auto scaling configuration, or create one.",
      invalid: "Choose an auto scaling configuration from the list.",
    });
}
