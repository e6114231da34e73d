"use client";

import { createAutoScalingAction } from "@/app/auto-scaling/actions";

import { CreateResourceForm, type CreateField } from "./create-resource-form";

const SIZES: readonly CreateField[] = [
  {
    name: "MaxConcurrency",
    label: "Max concurrency",
    kind: "number",
    defaultValue: "100",
    hint: "Requests one instance handles at once before App Runner adds another (1–200).",
  },
  {
    name: "MinSize",
    label: "Min size",
    kind: "number",
    defaultValue: "1",
    hint: "Instances kept provisioned even without traffic (1–25).",
  },
  {
    name: "MaxSize",
    label: "Max size",
    kind: "number",
    defaultValue: "25",
    hint: "The most instances App Runner scales out to (1–25).",
  },
];

/**
 * Creates an auto scaling configuration: under a new name (revision 1), or, with `name` given, a
 * new revision of that one.
 */
export function AutoScalingCreateForm({ name }: { name?: string }) {
  const nameField: CreateField = name
    ? { name: "AutoScalingConfigurationName", label: "Name", defaultValue: name, readOnly: true }
    : {
        name: "AutoScalingConfigurationName",
        label: "Name",
        hint: "4–32 letters, digits, hyphens or underscores. An existing name gets a new revision.",
      };
  return (
    <CreateResourceForm
      id="create-auto-scaling"
      title={name ? "Create a new revision" : "Create auto scaling configuration"}
      fields={[nameField, ...SIZES]}
      submitLabel={name ? "Create revision" : "Create configuration"}
      action={createAutoScalingAction}
    />
  );
}
