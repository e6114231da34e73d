"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";

import { splitIds } from "@/components/resources/split-ids";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { VpcConnectorItem } from "@/lib/apprunner/form/picker-items";
import { RouteResponseError } from "@/lib/query/route-response-error";
import { fetchJson } from "@/lib/query/wizard-queries";

import { createOnEnter, InlineCreatePanel } from "./inline-create-panel";
import { useFocusFieldError } from "./use-focus-field-error";

/** The panel's controls, named like the CreateVpcConnector members the route checks. */
const FIELDS = [
  {
    key: "VpcConnectorName",
    label: "VPC connector name",
    hint: "4–40 letters, digits, hyphens or underscores. An existing name gets a new revision.",
  },
  {
    key: "Subnets",
    label: "Subnet IDs",
    hint: "One or more, separated by commas or spaces, e.g. subnet-0a1b2c3d, subnet-4e5f6a7b.",
  },
  {
    key: "SecurityGroups",
    label: "Security group IDs (optional)",
    hint: "Separated by commas or spaces. Without any, the VPC's default security group applies.",
  },
] as const;

type Draft = Record<(typeof FIELDS)[number]["key"], string>;

/**
 * "Create VPC connector" on the network step: CreateVpcConnector through the dashboard's route,
 * which checks the request with the API's validator; the new connector is handed to the picker.
 */
export function VpcConnectorCreate({ onCreated }: { onCreated: (item: VpcConnectorItem) => void }) {
  const ids = useId();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<Draft>({
    VpcConnectorName: "",
    Subnets: "",
    SecurityGroups: "",
  });

  const create = useMutation({
    mutationFn: () => {
      const securityGroups = splitIds(draft.SecurityGroups);
      return fetchJson<VpcConnectorItem>("/api/vpc-connectors", {
        method: "POST",
        body: JSON.stringify({
          VpcConnectorName: draft.VpcConnectorName.trim(),
          Subnets: splitIds(draft.Subnets),
          ...(securityGroups.length ? { SecurityGroups: securityGroups } : {}),
        }),
      });
    },
    onSuccess: (created) => {
      onCreated(created);
      setOpen(false);
      setDraft({ VpcConnectorName: "", Subnets: "", SecurityGroups: "" });
    },
  });
  const error = create.error instanceof RouteResponseError ? create.error : undefined;
  const atField = FIELDS.find((f) => f.key === error?.field)?.key;
  useFocusFieldError(atField && `${ids}-${atField}`, create.submittedAt);

  return (
    <InlineCreatePanel
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        create.reset();
      }}
      openLabel="Create VPC connector"
      title="New VPC connector"
      error={create.error && !atField ? create.error.message : undefined}
      pending={create.isPending}
      onCreate={() => create.mutate()}
    >
      {FIELDS.map((f) => (
        <Field
          key={f.key}
          id={`${ids}-${f.key}`}
          label={f.label}
          hint={f.hint}
          error={atField === f.key ? error?.message : undefined}
        >
          {(controlProps) => (
            <Input
              {...controlProps}
              autoComplete="off"
              spellCheck={false}
              value={draft[f.key]}
              onChange={(e) => setDraft((d) => ({ ...d, [f.key]: e.target.value }))}
              onKeyDown={createOnEnter(() => create.mutate())}
            />
          )}
        </Field>
      ))}
    </InlineCreatePanel>
  );
}
