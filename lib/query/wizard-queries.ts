import { queryOptions } from "@tanstack/react-query";

import type {
  AutoScalingItem,
  ConnectionItem,
  NameCheck,
  ObservabilityItem,
  VpcConnectorItem,
} from "@/lib/apprunner/form/picker-items";

import { RouteResponseError } from "./route-response-error";

export async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, {
    ...init,
    headers: { "Content-Type": "application/json", ...init?.headers },
  });
  if (!response.ok) throw await RouteResponseError.from(response);
  return (await response.json()) as T;
}

/** All the lists the wizard's pickers read, in one place (TanStack Query's queryOptions). */
export const wizardQueries = {
  connections: () =>
    queryOptions({
      queryKey: ["wizard", "connections"],
      queryFn: () => fetchJson<ConnectionItem[]>("/api/connections"),
      // A new connection waits for its handshake; poll until none is pending.
      refetchInterval: (query) =>
        query.state.data?.some((c) => c.status === "PENDING_HANDSHAKE") ? 2_000 : false,
    }),
  autoScalingConfigurations: () =>
    queryOptions({
      queryKey: ["wizard", "auto-scaling-configurations"],
      queryFn: () => fetchJson<AutoScalingItem[]>("/api/auto-scaling-configurations"),
    }),
  vpcConnectors: () =>
    queryOptions({
      queryKey: ["wizard", "vpc-connectors"],
      queryFn: () => fetchJson<VpcConnectorItem[]>("/api/vpc-connectors"),
    }),
  observabilityConfigurations: () =>
    queryOptions({
      queryKey: ["wizard", "observability-configurations"],
      queryFn: () => fetchJson<ObservabilityItem[]>("/api/observability-configurations"),
    }),
  serviceName: (name: string) =>
    queryOptions({
      queryKey: ["wizard", "service-name", name],
      queryFn: () => fetchJson<NameCheck>(`/api/service-names?name=${encodeURIComponent(name)}`),
      staleTime: 10_000,
    }),
};
