"use client";

import { useFieldArray, useFormContext, useFormState } from "react-hook-form";

import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { WizardValues } from "@/lib/apprunner/form/wizard-values";
import { MAX_TAGS } from "@/lib/apprunner/rules/tag-rules";

import { errorAt } from "./field-errors";
import { fieldId } from "./field-id";

const LIST = "service.tags";

export function TagsEditor() {
  const { control, register } = useFormContext<WizardValues>();
  const { fields, append, remove } = useFieldArray({ control, name: LIST });
  const { errors } = useFormState({ control, name: LIST });
  const issue = (path: string) => errorAt(errors, path);
  const listError = issue(LIST);
  const full = fields.length >= MAX_TAGS;
  const listId = fieldId(LIST);
  return (
    // Focusable, so the error summary's link to the list (the tag limit) lands here.
    <fieldset
      id={listId}
      tabIndex={-1}
      className="space-y-3"
      aria-describedby={listError ? `${listId}-error` : undefined}
    >
      <legend className="text-sm font-medium">Tags (optional)</legend>
      <FieldError id={`${listId}-error`} message={listError} />
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
      <div className="flex flex-wrap items-center gap-3">
        <Button
          variant="secondary"
          disabled={full}
          aria-describedby={full ? `${listId}-full` : undefined}
          onClick={() => append({ key: "", value: "" })}
        >
          Add tag
        </Button>
        {full && (
          <p id={`${listId}-full`} className="text-sm text-zinc-700 dark:text-zinc-300">
            App Runner allows at most {MAX_TAGS} tags on a service.
          </p>
        )}
      </div>
    </fieldset>
  );
}
