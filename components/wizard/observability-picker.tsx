"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useFormContext } from "react-hook-form";

import type { WizardValues } from "@/lib/apprunner/form/wizard-values";
import { wizardQueries } from "@/lib/query/wizard-queries";

import { SelectField } from "./select-field";

// The create panel matters only once someone opens it: it loads after the step.
const ObservabilityCreate = dynamic(
  () => import("./observability-create").then((m) => m.ObservabilityCreate),
  // `loading` gives it a Suspense boundary of its own, so the step never blanks while it loads.
  { loading: () => null },
);

/**
 * The service step's observability configuration for tracing: the latest revision of each, or
 * a new X-Ray one created without leaving the step (it is then chosen). Rendered when tracing
 * is on.
 */
export function ObservabilityPicker() {
  const { setValue } = useFormContext<WizardValues>();
  const queryClient = useQueryClient();
  const configurations = useQuery(wizardQueries.observabilityConfigurations());
  const list = configurations.data ?? [];

  return (
    <div className="space-y-3">
      <SelectField
        path="service.observabilityConfigurationArn"
        label="Observability configuration"
        placeholder={configurations.isPending ? "Loading…" : "Choose a configuration…"}
        options={list.map((o) => ({ value: o.arn, label: `${o.name} (revision ${o.revision})` }))}
        hint={
          configurations.isError
            ? `Configurations could not be loaded: ${configurations.error.message}`
            : list.length === 0 && configurations.isSuccess
              ? "You have no observability configurations in this region yet: create one here."
              : undefined
        }
      />
      <ObservabilityCreate
        onCreated={(created) => {
          const { queryKey } = wizardQueries.observabilityConfigurations();
          queryClient.setQueryData(queryKey, (old) => [
            ...(old ?? []).filter((c) => c.name !== created.name),
            created,
          ]);
          void queryClient.invalidateQueries({ queryKey });
          setValue("service.observabilityConfigurationArn", created.arn, { shouldDirty: true });
        }}
      />
    </div>
  );
}
