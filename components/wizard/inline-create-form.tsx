"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useState, type ReactNode } from "react";

import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { RouteResponseError } from "@/lib/query/route-response-error";
import { fetchJson } from "@/lib/query/wizard-queries";

import { createOnEnter, InlineCreatePanel } from "./inline-create-panel";
import { useFocusFieldError } from "./use-focus-field-error";

/** One control of an inline create, keyed as the route names the member in a refusal. */
export type InlineCreateField<Key extends string> = {
  key: Key;
  label: string;
  hint?: string;
  /** A choice among these instead of typing. */
  options?: readonly { value: string; label: string }[];
  inputMode?: "numeric";
};

/** What one inline create asks for and where it sends it. */
type InlineCreateSpec<Key extends string> = {
  /** What is created: "Create <noun>" opens the panel, "New <noun>" heads it. */
  noun: string;
  /** The dashboard route that checks the request with the API's validator, then creates. */
  url: string;
  fields: readonly InlineCreateField<Key>[];
  initial: Readonly<Record<Key, string>>;
  /** The route's request body, from what was typed. */
  toBody: (draft: Readonly<Record<Key, string>>) => unknown;
};

export type InlineCreate<Item> = (props: { onCreated: (item: Item) => void }) => ReactNode;

/**
 * A picker's inline create, from its fields as data. A refusal shows at the field the route
 * names (which takes focus), else above the fields; the created resource goes to `onCreated`.
 */
export function inlineCreate<Key extends string, Item>(
  spec: InlineCreateSpec<Key>,
): InlineCreate<Item> {
  return function PickerCreate({ onCreated }) {
    return <InlineCreateForm {...spec} onCreated={onCreated} />;
  };
}

function InlineCreateForm<Key extends string, Item>({
  noun,
  url,
  fields,
  initial,
  toBody,
  onCreated,
}: InlineCreateSpec<Key> & { onCreated: (item: Item) => void }) {
  const ids = useId();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState(initial);

  const create = useMutation({
    mutationFn: () => fetchJson<Item>(url, { method: "POST", body: JSON.stringify(toBody(draft)) }),
    onSuccess: (created) => {
      onCreated(created);
      setOpen(false);
      setDraft(initial);
    },
  });
  const error = create.error instanceof RouteResponseError ? create.error : undefined;
  const atField = fields.find((f) => f.key === error?.field)?.key;
  useFocusFieldError(atField && `${ids}-${atField}`, create.submittedAt);

  return (
    <InlineCreatePanel
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        create.reset();
      }}
      openLabel={`Create ${noun}`}
      title={`New ${noun}`}
      error={create.error && !atField ? create.error.message : undefined}
      pending={create.isPending}
      onCreate={() => create.mutate()}
    >
      {fields.map((f) => (
        <Field
          key={f.key}
          id={`${ids}-${f.key}`}
          label={f.label}
          hint={f.hint}
          error={atField === f.key ? error?.message : undefined}
        >
          {(controlProps) =>
            f.options ? (
              <Select
                {...controlProps}
                value={draft[f.key]}
                onChange={(e) => setDraft((d) => ({ ...d, [f.key]: e.target.value }))}
              >
                {f.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </Select>
            ) : (
              <Input
                {...controlProps}
                inputMode={f.inputMode}
                autoComplete="off"
                spellCheck={false}
                value={draft[f.key]}
                onChange={(e) => setDraft((d) => ({ ...d, [f.key]: e.target.value }))}
                onKeyDown={createOnEnter(() => create.mutate())}
              />
            )
          }
        </Field>
      ))}
    </InlineCreatePanel>
  );
}
