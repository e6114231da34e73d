"use client";

import { onDemand } from "@/components/ui/on-demand";

import { AutoScalingPicker } from "../auto-scaling-picker";
import { InstanceSizeField } from "../instance-size-field";
import { TextField } from "../text-field";

// The estimate follows the size chosen here; its code loads after the step's own.
const WizardCostEstimate = onDemand(() =>
  import("@/components/cost/wizard-cost-estimate").then((m) => m.WizardCostEstimate),
);

export function InstanceStep() {
  return (
    <div className="space-y-6">
      <InstanceSizeField />
      <TextField
        path="instance.instanceRoleArn"
        label="Instance role ARN (optional)"
        hint="The permissions your code has when it calls AWS, e.g. arn:aws:iam::123456789012:role/my-app-role"
        autoComplete="off"
        spellCheck={false}
      />
      <AutoScalingPicker />
      <WizardCostEstimate />
    </div>
  );
}
