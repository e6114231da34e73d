"use client";

import { onDemand } from "@/components/ui/on-demand";
import { wizardQueries } from "@/lib/query/wizard-queries";

import { RevisionPicker } from "./revision-picker";

// The create panel matters only once someone opens it: it loads after the step.
const ObservabilityCreate = onDemand(() =>
  import("./observability-create").then((m) => m.ObservabilityCreate),
);

/**
 * The service step's observability configuration for tracing: the latest revision of each, or
 * a new X-Ray one. Rendered when tracing is on.
 */
export function ObservabilityPicker() {
  return (
    <RevisionPicker
      path="service.observabilityConfigurationArn"
      label="Observability configuration"
      query={wizardQueries.observabilityConfigurations()}
      sameBy="name"
      placeholder="Choose a configuration…"
      plural="Configurations"
      empty="You have no observability configurations in this region yet: create one here."
      Create={ObservabilityCreate}
    />
  );
}
