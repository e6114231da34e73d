"use client";

import type { ComponentProps, ReactNode } from "react";
import { useFormContext } from "react-hook-form";

import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import type { WizardValues } from "@/lib/apprunner/form/wizard-schema";

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
};

export function SelectField({
  path,
  label,
  hint,
  options,
  placeholder,
  className,
  ...props
}: SelectFieldProps) {
  const { register } = useFormContext<WizardValues>();
  const error = useFieldIssue(path);
  return (
    <Field id={fieldId(path)} label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <Select {...props} {...control} {...register(path)}>
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
