"use client";

import { createConnectionAction } from "@/app/connections/actions";

import { CONNECTION_PROVIDERS } from "./connection-providers";
import { CreateResourceForm, type CreateField } from "./create-resource-form";

const FIELDS: readonly CreateField[] = [
  {
    name: "ConnectionName",
    label: "Connection name",
    hint: "4–32 letters, digits, hyphens or underscores.",
  },
  {
    name: "ProviderType",
    label: "Provider",
    kind: "select",
    options: CONNECTION_PROVIDERS,
    defaultValue: "GITHUB",
  },
];

export function ConnectionCreateForm() {
  return (
    <CreateResourceForm
      id="create-connection"
      title="Create connection"
      fields={FIELDS}
      submitLabel="Create connection"
      action={createConnectionAction}
    />
  );
}
