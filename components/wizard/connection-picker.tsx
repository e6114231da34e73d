"use client";

import { useQuery } from "@tanstack/react-query";
import { useFormContext, useWatch } from "react-hook-form";

import { onDemand } from "@/components/ui/on-demand";
import { providerLabel } from "@/components/resources/connection-providers";
import { useBackendKind } from "@/components/shell/backend-kind";
import type { ConnectionItem } from "@/lib/apprunner/form/picker-items";
import type { WizardValues } from "@/lib/apprunner/form/wizard-values";
import { wizardQueries } from "@/lib/query/wizard-queries";

import { SelectField } from "./select-field";
import { useAddCreated } from "./use-add-created";

// Shown only once a connection waits for its handshake (after a create, mostly): loaded then.
const HandshakeNote = onDemand(() =>
  import("@/components/resources/handshake-note").then((m) => m.HandshakeNote),
);

// The create panel matters only once someone opens it: it loads after the step.
const ConnectionCreate = onDemand(() =>
  import("./connection-create").then((m) => m.ConnectionCreate),
);

const STATUS_TEXT: Record<string, string> = {
  AVAILABLE: "available",
  PENDING_HANDSHAKE: "pending handshake",
  ERROR: "error",
};

function describe(c: ConnectionItem): string {
  return `${c.name} (${providerLabel(c.provider)}, ${STATUS_TEXT[c.status] ?? c.status.toLowerCase()})`;
}

/** Picks a connection from ListConnections, or creates one without leaving the step. */
export function ConnectionPicker() {
  const path = "source.connectionArn";
  const { setValue, control } = useFormContext<WizardValues>();
  const value = useWatch({ control, name: path });
  const connections = useQuery(wizardQueries.connections());
  // arn: a connection has no revisions, and a new one's status is what the refetch updates.
  const addCreated = useAddCreated(wizardQueries.connections().queryKey, "arn");
  const simulated = useBackendKind() === "emulator";

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
      <SelectField
        path={path}
        label="Connection"
        hint={hint}
        placeholder="Choose a connection…"
        options={[
          ...(missing ? [{ value, label: `${value.split("/")[1] ?? value} (not found)` }] : []),
          ...list.map((c) => ({ value: c.arn, label: describe(c) })),
        ]}
        problem={
          missing
            ? "This connection doesn't exist in this account (imported examples name AWS's sample account). Choose or create one."
            : undefined
        }
      />
      {pending && region && <HandshakeNote region={region} simulated={simulated} />}
      <ConnectionCreate
        onCreated={(created) => {
          addCreated(created);
          setValue(path, created.arn, { shouldDirty: true });
        }}
      />
    </div>
  );
}
