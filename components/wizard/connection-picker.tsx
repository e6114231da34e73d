"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useId, useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";

import { useBackendKind } from "@/components/shell/backend-kind";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { ConnectionItem } from "@/lib/apprunner/form/picker-items";
import type { WizardValues } from "@/lib/apprunner/form/wizard-values";
import { fetchJson, wizardQueries } from "@/lib/query/wizard-queries";

import { fieldId } from "./field-id";
import { createOnEnter, InlineCreatePanel } from "./inline-create-panel";
import { useFieldIssue } from "./wizard-context";

// Shown only once a connection waits for its handshake (after a create, mostly): loaded then.
const HandshakeNote = dynamic(
  () => import("@/components/resources/handshake-note").then((m) => m.HandshakeNote),
  // `loading` gives it a Suspense boundary of its own, so the step never blanks while it loads.
  { loading: () => null },
);

const STATUS_TEXT: Record<string, string> = {
  AVAILABLE: "available",
  PENDING_HANDSHAKE: "pending handshake",
  ERROR: "error",
};

const PROVIDERS = [
  { value: "GITHUB", label: "GitHub" },
  { value: "BITBUCKET", label: "Bitbucket" },
] as const;

function describe(c: ConnectionItem): string {
  const provider = PROVIDERS.find((p) => p.value === c.provider)?.label ?? c.provider;
  return `${c.name} (${provider}, ${STATUS_TEXT[c.status] ?? c.status.toLowerCase()})`;
}

/** Picks a connection from ListConnections, or creates one without leaving the step. */
export function ConnectionPicker() {
  const path = "source.connectionArn";
  const { register, setValue, control } = useFormContext<WizardValues>();
  const value = useWatch({ control, name: path });
  const error = useFieldIssue(path);
  const queryClient = useQueryClient();
  const connections = useQuery(wizardQueries.connections());
  const [creating, setCreating] = useState(false);
  const [name, setName] = useState("");
  const [provider, setProvider] = useState<string>("GITHUB");
  const ids = useId();
  const simulated = useBackendKind() === "emulator";

  const create = useMutation({
    mutationFn: () =>
      fetchJson<ConnectionItem>("/api/connections", {
        method: "POST",
        body: JSON.stringify({ name: name.trim(), provider }),
      }),
    onSuccess: (created) => {
      // Show the new connection at once; the refetch then brings its status up to date.
      queryClient.setQueryData(wizardQueries.connections().queryKey, (list) => [
        ...(list ?? []).filter((c) => c.arn !== created.arn),
        created,
      ]);
      void queryClient.invalidateQueries({ queryKey: wizardQueries.connections().queryKey });
      setValue(path, created.arn, { shouldDirty: true });
      setCreating(false);
      setName("");
    },
  });

  const list = connections.data ?? [];
  const selected = list.find((c) => c.arn === value);
  const missing = value !== "" && connections.isSuccess && !selected;
  const pending = selected?.status === "PENDING_HANDSHAKE";
  // The ARN's region is where the handshake is finished (the console page is per region).
  const region = selected?.arn.split(":")[3];
  const hint = connections.isPending
    ? "Loading your connections…"
    : connections.isError
      ? `Connections could not be loaded: ${connections.error.message}`
      : selected && selected.status !== "AVAILABLE"
        ? "App Runner can deploy once the connection is available."
        : "App Runner reaches your repository through this connection.";

  return (
    <div className="space-y-3">
      <Field
        id={fieldId(path)}
        label="Connection"
        hint={hint}
        error={
          error ??
          (missing
            ? "This connection doesn't exist in this account (imported examples name AWS's sample account). Choose or create one."
            : undefined)
        }
      >
        {(controlProps) => (
          <Select {...controlProps} {...register(path)} value={value}>
            <option value="">Choose a connection…</option>
            {missing && <option value={value}>{value.split("/")[1] ?? value} (not found)</option>}
            {list.map((c) => (
              <option key={c.arn} value={c.arn}>
                {describe(c)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      {pending && region && <HandshakeNote region={region} simulated={simulated} />}
      <InlineCreatePanel
        open={creating}
        onOpenChange={setCreating}
        openLabel="Create connection"
        title="New connection"
        pending={create.isPending}
        onCreate={() => create.mutate()}
      >
        <Field
          id={`${ids}-name`}
          label="Connection name"
          error={create.error?.message}
          hint="4–32 letters, digits, hyphens or underscores."
        >
          {(controlProps) => (
            <Input
              {...controlProps}
              value={name}
              onChange={(e) => setName(e.target.value)}
              onKeyDown={createOnEnter(() => create.mutate())}
            />
          )}
        </Field>
        <Field id={`${ids}-provider`} label="Provider">
          {(controlProps) => (
            <Select
              {...controlProps}
              value={provider}
              onChange={(e) => setProvider(e.target.value)}
            >
              {PROVIDERS.map((p) => (
                <option key={p.value} value={p.value}>
                  {p.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </InlineCreatePanel>
    </div>
  );
}
