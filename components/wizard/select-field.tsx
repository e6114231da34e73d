"use client";

import type { ComponentProps, ReactNode } from "react";
import { useFormContext, useWatch } from "react-hook-form";

import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import type { WizardValues } from "@/lib/apprunner/form/wizard-values";

import { fieldId } from "./field-id";
import { useFieldIssue } from "./wizard-context";
import type { WizardPath } from "./wizard-path";

type SelectFieldProps = Omit<ComponentProps<"select">, "name" | "id"> & {
  path: WizardPath;
  label: ReactNode;
  hint?: ReactNode;
  options: readonly { value: string; label: string }[];
  /** Text for an empty first option ("Choose…"), when nothing is chosen yet. */
  placeholder?: string;
  /** A problem the step's check can't see (shown when the check has none). */
  problem?: string | undefined;
};

export function SelectField({
  path,
  label,
  hint,
  options,
  placeholder,
  problem,
  className,
  ...props
}: SelectFieldProps) {
  const { register, control } = useFormContext<WizardValues>();
  // Controlled, so a value set in code (a configuration just created) shows once its option
  // renders; an uncontrolled select would fall back to the first option.
  const value = useWatch({ control, name: path });
  const error = useFieldIssue(path) ?? problem;
  return (
    <Field id={fieldId(path)} label={label} hint={hint} error={error} className={className}>
      {(controlProps) => (
        <Select {...props} {...controlProps} {...register(path)} value={String(value ?? "")}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}
