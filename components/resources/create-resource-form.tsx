"use client";

import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { startTransition, useActionState, useEffect, useId, useRef } from "react";

import { useRoleRefusal } from "@/components/shell/viewer-context";

import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

import { IDLE_FORM, type ResourceFormState } from "./resource-action-result";

/** One control of a create form, named like the API member it fills. */
export type CreateField = {
  name: string;
  label: string;
  hint?: string;
  kind?: "text" | "number" | "select";
  options?: readonly { value: string; label: string }[];
  defaultValue?: string;
  /** Shown but not editable (e.g. the name when adding a revision); still sent. */
  readOnly?: boolean;
};

type CreateAction = (prev: ResourceFormState, form: FormData) => Promise<ResourceFormState>;

/**
 * A create form for one App Runner resource. The server action checks the input with the shared
 * validator; problems show at their fields and in a summary that takes focus. A created
 * resource's page opens.
 */
export function CreateResourceForm({
  id,
  title,
  fields,
  submitLabel,
  action,
}: {
  /** Unique on the page: prefixes the controls' ids. */
  id: string;
  title: string;
  fields: readonly CreateField[];
  submitLabel: string;
  action: CreateAction;
}) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(action, IDLE_FORM);
  const handled = useRef<ResourceFormState>(IDLE_FORM);
  const roleRefusal = useRoleRefusal("manageResources");
  const reasonId = useId();

  useEffect(() => {
    if (state.status !== "created" || handled.current === state) return;
    handled.current = state;
    router.push(state.href);
  }, [state, router]);

  const errors = state.status === "error" ? state.fieldErrors : {};
  const summary =
    state.status === "error"
      ? Object.keys(errors).length > 0
        ? fields.flatMap((f) =>
            errors[f.name] ? [{ fieldId: `${id}-${f.name}`, message: errors[f.name]! }] : [],
          )
        : [{ fieldId: `${id}-${fields[0]?.name ?? ""}`, message: state.message }]
      : [];

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3">
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {title}
      </h2>
      <ErrorSummary
        errors={summary}
        attempt={state.status === "error" ? state.attempt : 0}
        title={`${title}: it could not be done`}
      />
      <form
        className="max-w-xl space-y-3"
        noValidate
        onSubmit={(event) => {
          // Submitted by hand: a form `action` would clear what was typed when the server refuses.
          event.preventDefault();
          if (pending || roleRefusal) return;
          const data = new FormData(event.currentTarget);
          startTransition(() => formAction(data));
        }}
      >
        {fields.map((f) => (
          <Field
            key={f.name}
            id={`${id}-${f.name}`}
            label={f.label}
            hint={f.hint}
            error={errors[f.name]}
          >
            {(control) =>
              f.kind === "select" ? (
                <Select {...control} name={f.name} defaultValue={f.defaultValue}>
                  {f.options?.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </Select>
              ) : (
                <Input
                  {...control}
                  name={f.name}
                  type={f.kind === "number" ? "number" : "text"}
                  inputMode={f.kind === "number" ? "numeric" : undefined}
                  defaultValue={f.defaultValue}
                  readOnly={f.readOnly}
                  autoComplete="off"
                  spellCheck={false}
                />
              )
            }
          </Field>
        ))}
        <div className="flex flex-col items-start gap-1">
          <Button
            type="submit"
            disabled={pending || Boolean(roleRefusal)}
            aria-describedby={roleRefusal ? reasonId : undefined}
          >
            <Plus aria-hidden className="size-4" />
            {pending ? "Creating…" : submitLabel}
          </Button>
          {roleRefusal && (
            <span id={reasonId} className="text-xs text-zinc-700 dark:text-zinc-300">
              {roleRefusal}
            </span>
          )}
        </div>
        <p role="status" className="text-sm">
          {state.status === "created" ? state.message : ""}
        </p>
      </form>
    </section>
  );
}
