"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";

import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { ObservabilityItem } from "@/lib/apprunner/form/picker-items";
import { RouteResponseError } from "@/lib/query/route-response-error";
import { fetchJson } from "@/lib/query/wizard-queries";

import { createOnEnter, InlineCreatePanel } from "./inline-create-panel";
import { useFocusFieldError } from "./use-focus-field-error";

const NAME = "ObservabilityConfigurationName";

/**
 * "Create observability configuration" on the service step: an AWS X-Ray configuration (the
 * tracing the step offers), through the dashboard's route, which checks it with the API's
 * validator; the new configuration is handed to the picker.
 */
export function ObservabilityCreate({
  onCreated,
}: {
  onCreated: (item: ObservabilityItem) => void;
}) {
  const ids = useId();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");

  const create = useMutation({
    mutationFn: () =>
      fetchJson<ObservabilityItem>("/api/observability-configurations", {
        method: "POST",
        body: JSON.stringify({ [NAME]: name.trim() }),
      }),
    onSuccess: (created) => {
      onCreated(created);
      setOpen(false);
      setName("");
    },
  });
  const error = create.error instanceof RouteResponseError ? create.error : undefined;
  const atName = error?.field === NAME;
  useFocusFieldError(atName ? `${ids}-name` : undefined, create.submittedAt);

  return (
    <InlineCreatePanel
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        create.reset();
      }}
      openLabel="Create observability configuration"
      title="New observability configuration"
      error={create.error && !atName ? create.error.message : undefined}
      pending={create.isPending}
      onCreate={() => create.mutate()}
    >
      <Field
        id={`${ids}-name`}
        label="Observability configuration name"
        hint="4–32 letters, digits, hyphens or underscores. Traces go to AWS X-Ray."
        error={atName ? error.message : undefined}
      >
        {(controlProps) => (
          <Input
            {...controlProps}
            autoComplete="off"
            spellCheck={false}
            value={name}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={createOnEnter(() => create.mutate())}
          />
        )}
      </Field>
    </InlineCreatePanel>
  );
}
