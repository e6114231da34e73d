"use client";

import { createObservabilityAction } from "@/app/observability/actions";

import { CreateResourceForm, type CreateField } from "./create-resource-form";
import { TRACE_VENDORS } from "./trace-vendors";

const FIELDS: readonly CreateField[] = [
  {
    name: "ObservabilityConfigurationName",
    label: "Observability configuration name",
    hint: "4–32 letters, digits, hyphens or underscores. An existing name gets a new revision.",
  },
  {
    name: "Vendor",
    label: "Tracing",
    kind: "select",
    options: [...TRACE_VENDORS, { value: "", label: "None" }],
    defaultValue: "AWSXRAY",
  },
];

export function ObservabilityCreateForm() {
  return (
    <CreateResourceForm
      id="create-observability"
      title="Create observability configuration"
      fields={FIELDS}
      submitLabel="Create observability configuration"
      action={createObservabilityAction}
    />
  );
}
