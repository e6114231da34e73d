"use client";

import type { ReactNode } from "react";
import { useFormContext } from "react-hook-form";

import { RadioGroup, type RadioOption } from "@/components/ui/radio-group";
import type { WizardValues } from "@/lib/apprunner/form/wizard-values";

import { fieldId } from "./field-id";
import { useFieldIssue } from "./wizard-context";
import type { WizardPath } from "./wizard-path";

export function RadioField({
  path,
  legend,
  options,
}: {
  path: WizardPath;
  legend: ReactNode;
  options: readonly RadioOption[];
}) {
  const { register } = useFormContext<WizardValues>();
  return (
    <RadioGroup
      id={fieldId(path)}
      legend={legend}
      options={options}
      error={useFieldIssue(path)}
      inputProps={register(path)}
    />
  );
}
