"use client";

import { useFieldArray, useFormContext, useFormState, useWatch } from "react-hook-form";

import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { MAX_ENV_VARS } from "@/lib/apprunner/constants";
import { looksSecret } from "@/lib/apprunner/form/looks-secret";
import type { WizardValues } from "@/lib/apprunner/form/wizard-values";

import { EnvPaste } from "./env-paste";
import { errorAt } from "./field-errors";
import { fieldId } from "./field-id";
import { RemoveRowButton } from "./remove-row-button";
import { RowInput } from "./row-input";

/**
 * Rows of name, kind and value, each control labelled on screen. A secret's value is a reference
 * (Secrets Manager or SSM), never the secret itself; a plain variable named like a secret gets a
 * nudge to become one.
 */
export function EnvEditor() {
  const { control, register, setValue } = useFormContext<WizardValues>();
  const { fields, append, remove } = useFieldArray({ control, name: "build.env" });
  const rows = useWatch({ control, name: "build.env" });
  const { errors } = useFormState({ control, name: "build.env" });
  const issue = (path: string) => errorAt(errors, path);
  const listError = issue("build.env");

  return (
    <fieldset className="space-y-3" aria-describedby={listError ? "f-build-env-error" : undefined}>
      <legend className="text-sm font-medium">Environment variables and secrets</legend>
      <p className="text-xs text-zinc-700 dark:text-zinc-300">
        Up to {MAX_ENV_VARS} in all. A secret&apos;s value is the ARN of a Secrets Manager secret or
        an SSM parameter (or an SSM parameter name); App Runner reads it when the service starts.
      </p>
      <FieldError id={listError ? "f-build-env-error" : undefined} message={listError} />
      {fields.length > 0 && (
        <ul className="space-y-3">
          {fields.map((field, i) => {
            const row = rows?.[i];
            const namePath = `build.env.${i}.name`;
            const valuePath = `build.env.${i}.value`;
            const kindPath = `build.env.${i}.kind`;
            const suggest = row?.kind === "plain" && looksSecret(row.name);
            return (
              <li
                key={field.id}
                className="grid gap-2 rounded-md border border-zinc-200 p-2 sm:grid-cols-[1fr_8rem_1.5fr_auto] sm:items-start sm:border-0 sm:p-0 dark:border-zinc-800"
              >
                <RowInput
                  path={namePath}
                  label={`Name of variable ${i + 1}`}
                  error={issue(namePath)}
                  placeholder="NAME"
                  spellCheck={false}
                  {...register(`build.env.${i}.name`)}
                />
                <div>
                  <label htmlFor={fieldId(kindPath)} className="block text-xs">
                    Kind of variable {i + 1}
                  </label>
                  <Select id={fieldId(kindPath)} {...register(`build.env.${i}.kind`)}>
                    <option value="plain">Plain text</option>
                    <option value="secret">Secret</option>
                  </Select>
                </div>
                <RowInput
                  path={valuePath}
                  label={`${row?.kind === "secret" ? "Secret reference" : "Value"} of variable ${i + 1}`}
                  error={issue(valuePath)}
                  spellCheck={false}
                  placeholder={
                    row?.kind === "secret"
                      ? "arn:aws:secretsmanager:us-east-1:123456789012:secret:name"
                      : ""
                  }
                  note={
                    suggest && (
                      <>
                        {row.name} looks like a secret. Store it in Secrets Manager or SSM and{" "}
                        <button
                          type="button"
                          className="underline"
                          onClick={() => {
                            setValue(`build.env.${i}.kind`, "secret");
                            setValue(`build.env.${i}.value`, "");
                          }}
                        >
                          make it a secret reference
                        </button>
                        .
                      </>
                    )
                  }
                  {...register(`build.env.${i}.value`)}
                />
                <RemoveRowButton row={`variable ${i + 1}`} onRemove={() => remove(i)} />
              </li>
            );
          })}
        </ul>
      )}
      <div className="flex flex-wrap gap-2">
        <Button
          id="f-build-env"
          variant="secondary"
          onClick={() => append({ name: "", value: "", kind: "plain" })}
        >
          Add variable
        </Button>
        <EnvPaste
          existingNames={new Set((rows ?? []).map((r) => r.name))}
          onAdd={(entries) => {
            const current = rows ?? [];
            for (const entry of entries) {
              const at = current.findIndex((r) => r.name === entry.name);
              if (at >= 0) setValue(`build.env.${at}.value`, entry.value, { shouldDirty: true });
              else append({ name: entry.name, value: entry.value, kind: "plain" });
            }
          }}
        />
      </div>
    </fieldset>
  );
}
