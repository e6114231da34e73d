"use client";

import { useController, useFormContext } from "react-hook-form";

import { RadioGroup } from "@/components/ui/radio-group";
import type { WizardValues } from "@/lib/apprunner/form/wizard-values";

import { fieldId } from "./field-id";
import { useFieldIssue } from "./wizard-context";

/** Manual or automatic deployments; the form keeps a boolean, the radios show words. */
export function DeployTriggerField({ unavailableReason }: { unavailableReason?: string }) {
  const { control } = useFormContext<WizardValues>();
  const { field } = useController({ control, name: "source.autoDeployments" });
  const path = "source.autoDeployments";
  return (
    <RadioGroup
      id={fieldId(path)}
      legend="Deployment trigger"
      error={useFieldIssue(path)}
      options={[
        { value: "manual", label: "Manual", hint: "Deploy when you choose to." },
        {
          value: "automatic",
          label: "Automatic",
          hint: "Deploy every new image or commit.",
          disabledReason: unavailableReason,
        },
      ]}
      inputProps={{
        name: field.name,
        onBlur: field.onBlur,
        ref: field.ref,
        onChange: (e) => field.onChange(e.target.value === "automatic"),
        // Controlled radios: `checked` per option is set from the value below.
      }}
      checkedValue={field.value ? "automatic" : "manual"}
    />
  );
}
