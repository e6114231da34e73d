"use client";

import { useFieldArray, useFormContext, useFormState, useWatch } from "react-hook-form";

import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { MAX_ENV_VARS } from "@/lib/apprunner/constants";
import { looksSecret } from "@/lib/apprunner/form/looks-secret";
import type { WizardValues } from "@/lib/apprunner/form/wizard-values";

import { EnvPaste } from "./env-paste";
import { errorAt } from "./field-errors";
import { fieldId } from "./field-id";

/**
 * Rows of name, kind and value, each control labelled on screen at every width: a phone stacks
 * a row's controls, where placeholders alone would not say which is which. A secret's value is
 * a reference (Secrets Manager or SSM), never the secret itself; a plain variable named like a
 * secret gets a nudge to become one.
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
            const nameError = issue(namePath);
            const valueError = issue(valuePath);
            const suggest = row?.kind === "plain" && looksSecret(row.name);
            return (
              <li
                key={field.id}
                className="grid gap-2 rounded-md border border-zinc-200 p-2 sm:grid-cols-[1fr_8rem_1.5fr_auto] sm:items-start sm:border-0 sm:p-0 dark:border-zinc-800"
              >
                <div>
                  <label htmlFor={fieldId(namePath)} className="block text-xs">
                    Name of variable {i + 1}
                  </label>
                  <Input
                    id={fieldId(namePath)}
                    placeholder="NAME"
                    autoComplete="off"
                    spellCheck={false}
                    aria-invalid={nameError ? true : undefined}
                    aria-describedby={nameError ? `${fieldId(namePath)}-error` : undefined}
                    {...register(`build.env.${i}.name`)}
                  />
                  <FieldError id={`${fieldId(namePath)}-error`} message={nameError} />
                </div>
                <div>
                  <label htmlFor={fieldId(kindPath)} className="block text-xs">
                    Kind of variable {i + 1}
                  </label>
                  <Select id={fieldId(kindPath)} {...register(`build.env.${i}.kind`)}>
                    <option value="plain">Plain text</option>
                    <option value="secret">Secret</option>
                  </Select>
                </div>
                <div>
                  <label htmlFor={fieldId(valuePath)} className="block text-xs">
                    {row?.kind === "secret" ? "Secret reference" : "Value"} of variable {i + 1}
                  </label>
                  <Input
                    id={fieldId(valuePath)}
                    autoComplete="off"
                    spellCheck={false}
                    placeholder={
                      row?.kind === "secret"
                        ? "arn:aws:secretsmanager:us-east-1:123456789012:secret:name"
                        : ""
                    }
                    aria-invalid={valueError ? true : undefined}
                    aria-describedby={
                      [
                        valueError ? `${fieldId(valuePath)}-error` : "",
                        suggest ? `${fieldId(valuePath)}-hint` : "",
                      ]
                        .filter(Boolean)
                        .join(" ") || undefined
                    }
                    {...register(`build.env.${i}.value`)}
                  />
                  <FieldError id={`${fieldId(valuePath)}-error`} message={valueError} />
                  {suggest && (
                    <p
                      id={`${fieldId(valuePath)}-hint`}
                      className="mt-1 text-xs text-amber-800 dark:text-amber-300"
                    >
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
                    </p>
                  )}
                </div>
                <div className="sm:pt-5">
                  <Button variant="ghost" onClick={() => remove(i)}>
                    Remove<span className="sr-only"> variable {i + 1}</span>
                  </Button>
                </div>
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
