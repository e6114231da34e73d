"use client";

import { useFieldArray, useFormContext } from "react-hook-form";

import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { WizardValues } from "@/lib/apprunner/form/wizard-schema";

import { fieldId } from "./field-id";
import { useWizard } from "./wizard-context";

export function TagsEditor() {
  const { control, register } = useFormContext<WizardValues>();
  const { fields, append, remove } = useFieldArray({ control, name: "service.tags" });
  const { issues } = useWizard();
  const issue = (path: string) => issues.find((i) => i.path === path)?.message;
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium">Tags (optional)</legend>
      {fields.length > 0 && (
        <ul className="space-y-3">
          {fields.map((field, i) => {
            const keyPath = `service.tags.${i}.key`;
            const valuePath = `service.tags.${i}.value`;
            return (
              <li key={field.id} className="grid gap-2 sm:grid-cols-[1fr_1fr_auto] sm:items-start">
                {(
                  [
                    [keyPath, `Key of tag ${i + 1}`, `service.tags.${i}.key`],
                    [valuePath, `Value of tag ${i + 1}`, `service.tags.${i}.value`],
                  ] as const
                ).map(([path, label, name]) => {
                  const error = issue(path);
                  return (
                    <div key={path}>
                      <label htmlFor={fieldId(path)} className="text-xs">
                        {label}
                      </label>
                      <Input
                        id={fieldId(path)}
                        autoComplete="off"
                        aria-invalid={error ? true : undefined}
                        aria-describedby={error ? `${fieldId(path)}-error` : undefined}
                        {...register(name)}
                      />
                      <FieldError id={`${fieldId(path)}-error`} message={error} />
                    </div>
                  );
                })}
                <div className="sm:pt-5">
                  <Button variant="ghost" onClick={() => remove(i)}>
                    Remove<span className="sr-only"> tag {i + 1}</span>
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <Button variant="secondary" onClick={() => append({ key: "", value: "" })}>
        Add tag
      </Button>
    </fieldset>
  );
}
