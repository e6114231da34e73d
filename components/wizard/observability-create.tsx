"use client";

import type { ObservabilityItem } from "@/lib/apprunner/form/picker-items";

import { inlineCreate, type InlineCreate } from "./inline-create-form";

/**
 * "Create observability configuration" on the service step: an AWS X-Ray configuration (the
 * tracing the step offers).
 */
export const ObservabilityCreate: InlineCreate<ObservabilityItem> = inlineCreate({
  noun: "observability configuration",
  url: "/api/observability-configurations",
  fields: [
    {
      key: "ObservabilityConfigurationName",
      label: "Observability configuration name",
      hint: "4–32 letters, digits, hyphens or underscores. Traces go to AWS X-Ray.",
    },
  ],
  initial: { ObservabilityConfigurationName: "" },
  toBody: (d) => ({ ObservabilityConfigurationName: d.ObservabilityConfigurationName.trim() }),
});
