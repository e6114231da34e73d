"use client";

import { CONNECTION_PROVIDERS } from "@/components/resources/connection-providers";
import type { ConnectionItem } from "@/lib/apprunner/form/picker-items";

import { inlineCreate, type InlineCreate } from "./inline-create-form";

/**
 * "Create connection" on the source step (the new one then waits for its handshake); the fields
 * are keyed as the route names a refused CreateConnection member.
 */
export const ConnectionCreate: InlineCreate<ConnectionItem> = inlineCreate({
  noun: "connection",
  url: "/api/connections",
  fields: [
    {
      key: "ConnectionName",
      label: "Connection name",
      hint: "4–32 letters, digits, hyphens or underscores.",
    },
    { key: "ProviderType", label: "Provider", options: CONNECTION_PROVIDERS },
  ],
  initial: { ConnectionName: "", ProviderType: "GITHUB" },
  toBody: (d) => ({ name: d.ConnectionName.trim(), provider: d.ProviderType }),
});
