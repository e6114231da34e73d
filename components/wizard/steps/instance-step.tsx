"use client";

import { AutoScalingPicker } from "../auto-scaling-picker";
import { InstanceSizeField } from "../instance-size-field";
import { TextField } from "../text-field";

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
    </div>
  );
}
