"use client";

import { useQuery } from "@tanstack/react-query";
import { useFormContext, useWatch } from "react-hook-form";

import { onDemand } from "@/components/ui/on-demand";
import { DEFAULT_AUTO_SCALING } from "@/lib/apprunner/constants";
import type { WizardValues } from "@/lib/apprunner/form/wizard-values";
import { wizardQueries } from "@/lib/query/wizard-queries";

import { RadioField } from "./radio-field";
import { SelectField } from "./select-field";
import { useAddCreated } from "./use-add-created";

// The create panel matters only once someone opens it: it loads after the step.
const AutoScalingCreate = onDemand(() =>
  import("./auto-scaling-create").then((m) => m.AutoScalingCreate),
);

/** Default, an existing configuration (latest revisions), or a new one created inline. */
export function AutoScalingPicker() {
  const { control, setValue } = useFormContext<WizardValues>();
  const mode = useWatch({ control, name: "instance.autoScaling" });
  const configs = useQuery(wizardQueries.autoScalingConfigurations());
  const addCreated = useAddCreated(wizardQueries.autoScalingConfigurations().queryKey, "name");

  const options = (configs.data ?? [])
    .filter((c) => !c.isDefault || c.name !== DEFAULT_AUTO_SCALING.AutoScalingConfigurationName)
    .map((c) => ({ value: c.arn, label: `${c.name} (revision ${c.revision})` }));

  return (
    <div className="space-y-4">
      <RadioField
        path="instance.autoScaling"
        legend="Auto scaling"
        options={[
          {
            value: "default",
            label: "Default",
            hint: `${DEFAULT_AUTO_SCALING.MaxConcurrency} requests per instance, ${DEFAULT_AUTO_SCALING.MinSize}–${DEFAULT_AUTO_SCALING.MaxSize} instances.`,
          },
          { value: "existing", label: "A configuration of mine" },
        ]}
      />
      {mode === "existing" && (
        <SelectField
          path="instance.autoScalingArn"
          label="Auto scaling configuration"
          placeholder={configs.isPending ? "Loading…" : "Choose a configuration…"}
          options={options}
          hint={
            configs.isError
              ? `Configurations could not be loaded: ${configs.error.message}`
              : "The latest revision of each configuration."
          }
        />
      )}
      <AutoScalingCreate
        onCreated={(created) => {
          addCreated(created);
          setValue("instance.autoScaling", "existing", { shouldDirty: true });
          setValue("instance.autoScalingArn", created.arn, { shouldDirty: true });
        }}
      />
    </div>
  );
}
