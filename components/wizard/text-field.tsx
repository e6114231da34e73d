"use client";

import type { ComponentProps, ReactNode } from "react";
import { useFormContext } from "react-hook-form";

import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { WizardValues } from "@/lib/apprunner/form/wizard-values";

import { fieldId } from "./field-id";
import { useFieldIssue } from "./wizard-context";
import type { WizardPath } from "./wizard-path";

type TextFieldProps = Omit<ComponentProps<"input">, "name" | "id"> & {
  path: WizardPath;
  label: ReactNode;
  hint?: ReactNode;
  /** For number inputs: empty → null, so "empty" is not mistaken for 0. */
  numeric?: boolean;
};

export function TextField({ path, label, hint, numeric, className, ...props }: TextFieldProps) {
  const { register } = useFormContext<WizardValues>();
  const error = useFieldIssue(path);
  return (
    <Field id={fieldId(path)} label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <Input
          {...props}
          {...control}
          {...register(path, numeric ? { setValueAs: toNumberOrNull } : {})}
        />
      )}
    </Field>
  );
}

function toNumberOrNull(value: unknown): number | null {
  if (typeof value === "number") return Number.isNaN(value) ? null : value;
  if (typeof value !== "string" || value.trim() === "") return null;
  const n = Number(value);
  return Number.isNaN(n) ? null : n;
}
