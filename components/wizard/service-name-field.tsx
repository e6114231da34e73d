"use client";

import { useEffect, useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";

import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { WizardValues } from "@/lib/apprunner/form/wizard-values";

import { fieldId } from "./field-id";
import { useServiceNameCheck } from "./use-service-name-check";
import { useFieldIssue, useWizardCheck } from "./wizard-context";

const CHECK_DELAY_MS = 400;

/** The service name, checked against existing services as it is typed (debounced). */
export function ServiceNameField() {
  const path = "service.name";
  const { SERVICE_NAME_HINT } = useWizardCheck();
  const { register, control } = useFormContext<WizardValues>();
  const name = useWatch({ control, name: path }).trim();
  const [checked, setChecked] = useState(name);
  useEffect(() => {
    const t = setTimeout(() => setChecked(name), CHECK_DELAY_MS);
    return () => clearTimeout(t);
  }, [name]);
  const check = useServiceNameCheck(checked);
  const issue = useFieldIssue(path);
  const taken = checked === name && check.taken;
  const error =
    issue ?? (taken ? `A service named ${name} already exists; choose another name.` : undefined);
  const status = checked === name && check.available ? `${name} is available.` : "";

  return (
    <div>
      <Field id={fieldId(path)} label="Service name" hint={SERVICE_NAME_HINT} error={error}>
        {(controlProps) => (
          <Input {...controlProps} autoComplete="off" spellCheck={false} {...register(path)} />
        )}
      </Field>
      <p aria-live="polite" className="mt-1 text-xs text-emerald-800 dark:text-emerald-300">
        {error ? "" : status}
      </p>
    </div>
  );
}
