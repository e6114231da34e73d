"use client";

import { useFieldArray, useFormContext, useFormState } from "react-hook-form";

import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";
import type { WizardValues } from "@/lib/apprunner/form/wizard-values";
import { MAX_TAGS } from "@/lib/apprunner/rules/quotas";

import { errorAt } from "./field-errors";
import { fieldId } from "./field-id";
import { RemoveRowButton } from "./remove-row-button";
import { RowInput } from "./row-input";

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
                <RowInput
                  path={keyPath}
                  label={`Key of tag ${i + 1}`}
                  error={issue(keyPath)}
                  {...register(`service.tags.${i}.key`)}
                />
                <RowInput
                  path={valuePath}
                  label={`Value of tag ${i + 1}`}
                  error={issue(valuePath)}
                  {...register(`service.tags.${i}.value`)}
                />
                <RemoveRowButton row={`tag ${i + 1}`} onRemove={() => remove(i)} />
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
