"use client";

import { useFormContext, useWatch } from "react-hook-form";

import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { CPU_MEMORY_PAIRS } from "@/lib/apprunner/constants";
import type { WizardValues } from "@/lib/apprunner/form/wizard-values";

import { fieldId } from "./field-id";
import { useFieldIssue } from "./wizard-context";

/** The select's value for a CPU/memory pair: both API values in one string. */
function sizeKey(pair: { cpu: string; memory: string }): string {
  return `${pair.cpu}/${pair.memory}`;
}

/** CPU and memory as one choice, so only the pairs App Runner accepts can be picked. */
export function InstanceSizeField() {
  const { control, setValue } = useFormContext<WizardValues>();
  const [cpu, memory] = useWatch({ control, name: ["instance.cpu", "instance.memory"] });
  const path = "instance.size";
  const sizes = CPU_MEMORY_PAIRS;
  return (
    <Field
      id={fieldId(path)}
      label="CPU and memory"
      hint="Per instance. App Runner offers these combinations only."
      error={useFieldIssue(path)}
    >
      {(controlProps) => (
        <Select
          {...controlProps}
          value={sizeKey({ cpu, memory })}
          onChange={(e) => {
            const [nextCpu = "", nextMemory = ""] = e.target.value.split("/");
            setValue("instance.cpu", nextCpu, { shouldDirty: true });
            setValue("instance.memory", nextMemory, { shouldDirty: true });
          }}
        >
          {!sizes.some((p) => p.cpu === cpu && p.memory === memory) && (
            <option value={sizeKey({ cpu, memory })}>Choose a size…</option>
          )}
          {sizes.map((p) => (
            <option key={sizeKey(p)} value={sizeKey(p)}>
              {p.label}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}
