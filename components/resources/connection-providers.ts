import type { ProviderType } from "@aws-sdk/client-apprunner";

/** The providers a connection can be made to, as App Runner's console names them. */
export const CONNECTION_PROVIDERS = [
  { value: "GITHUB", label: "GitHub" },
  { value: "BITBUCKET", label: "Bitbucket" },
] as const satisfies readonly { value: ProviderType; label: string }[];

export function providerLabel(provider: string | undefined): string {
  return CONNECTION_PROVIDERS.find((p) => p.value === provider)?.label ?? provider ?? "—";
}
