"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";

import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { DEFAULT_AUTO_SCALING } from "@/lib/apprunner/constants";
import type { AutoScalingItem } from "@/lib/apprunner/form/picker-items";
import type { WizardValues } from "@/lib/apprunner/form/wizard-values";
import { RouteResponseError } from "@/lib/query/route-response-error";
import { fetchJson, wizardQueries } from "@/lib/query/wizard-queries";

import { createOnEnter, InlineCreatePanel } from "./inline-create-panel";
import { RadioField } from "./radio-field";
import { SelectField } from "./select-field";

type NewConfig = { name: string; maxConcurrency: string; minSize: string; maxSize: string };

const FIELDS = [
  { key: "name", label: "Name", hint: "4–32 letters, digits, hyphens or underscores." },
  {
    key: "maxConcurrency",
    label: "Max concurrency",
    hint: "Requests one instance handles at once before another starts.",
  },
  { key: "minSize", label: "Min size", hint: "Instances kept warm at all times." },
  { key: "maxSize", label: "Max size", hint: "The most instances App Runner starts." },
] as const;

/** Default, an existing configuration (latest revisions), or a new one created inline. */
export function AutoScalingPicker() {
  const { control, setValue } = useFormContext<WizardValues>();
  const mode = useWatch({ control, name: "instance.autoScaling" });
  const configs = useQuery(wizardQueries.autoScalingConfigurations());
  const queryClient = useQueryClient();
  const ids = useId();
  const [creating, setCreating] = useState(false);
  const [draft, setDraft] = useState<NewConfig>({
    name: "",
    maxConcurrency: String(DEFAULT_AUTO_SCALING.MaxConcurrency),
    minSize: String(DEFAULT_AUTO_SCALING.MinSize),
    maxSize: String(DEFAULT_AUTO_SCALING.MaxSize),
  });

  const create = useMutation({
    mutationFn: () =>
      fetchJson<AutoScalingItem>("/api/auto-scaling-configurations", {
        method: "POST",
        body: JSON.stringify({
          name: draft.name.trim(),
          maxConcurrency: Number(draft.maxConcurrency),
          minSize: Number(draft.minSize),
          maxSize: Number(draft.maxSize),
        }),
      }),
    onSuccess: (created) => {
      queryClient.setQueryData(wizardQueries.autoScalingConfigurations().queryKey, (list) => [
        ...(list ?? []).filter((c) => c.name !== created.name),
        created,
      ]);
      void queryClient.invalidateQueries({
        queryKey: wizardQueries.autoScalingConfigurations().queryKey,
      });
      setValue("instance.autoScaling", "existing", { shouldDirty: true });
      setValue("instance.autoScalingArn", created.arn, { shouldDirty: true });
      setCreating(false);
    },
  });
  const createError = create.error instanceof RouteResponseError ? create.error : undefined;

  const options = (configs.data ?? [])
    .filter((c) => !c.isDefault || c.name !== DEFAULT_AUTO_SCALING.AutoScalingConfigurationName)
    .map((c) => ({ value: c.arn, label: `${c.name} (revision ${c.revision})` }));

  return (
    <div className="space-y-4">
      <RadioField
        path="instance.autoScaling"
        legend="Auto scaling"
        options={[
          {
            value: "default",
            label: "Default",
            hint: `${DEFAULT_AUTO_SCALING.MaxConcurrency} requests per instance, ${DEFAULT_AUTO_SCALING.MinSize}–${DEFAULT_AUTO_SCALING.MaxSize} instances.`,
          },
          { value: "existing", label: "A configuration of mine" },
        ]}
      />
      {mode === "existing" && (
        <SelectField
          path="instance.autoScalingArn"
          label="Auto scaling configuration"
          placeholder={configs.isPending ? "Loading…" : "Choose a configuration…"}
          options={options}
          hint={
            configs.isError
              ? `Configurations could not be loaded: ${configs.error.message}`
              : "The latest revision of each configuration."
          }
        />
      )}
      <InlineCreatePanel
        open={creating}
        onOpenChange={setCreating}
        openLabel="Create auto scaling configuration"
        title="New auto scaling configuration"
        error={createError && !createError.field ? createError.message : undefined}
        pending={create.isPending}
        onCreate={() => create.mutate()}
      >
        {FIELDS.map((f) => (
          <Field
            key={f.key}
            id={`${ids}-${f.key}`}
            label={f.label}
            hint={f.hint}
            error={createError?.field === f.key ? createError.message : undefined}
          >
            {(controlProps) => (
              <Input
                {...controlProps}
                inputMode={f.key === "name" ? undefined : "numeric"}
                value={draft[f.key]}
                onChange={(e) => setDraft((d) => ({ ...d, [f.key]: e.target.value }))}
                onKeyDown={createOnEnter(() => create.mutate())}
              />
            )}
          </Field>
        ))}
      </InlineCreatePanel>
    </div>
  );
}
