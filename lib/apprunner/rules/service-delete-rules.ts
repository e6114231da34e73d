import type { VpcIngressConnectionStatus } from "../schema/shapes.generated";

/**
 * "Make sure that you don't have any active VPCIngressConnections associated with the service you
 * want to delete." (API reference, DeleteService). A connection counts as active until it is
 * DELETED, or if it never came up (FAILED_CREATION): one being deleted still holds the service.
 */
const ACTIVE: ReadonlySet<VpcIngressConnectionStatus> = new Set([
  "AVAILABLE",
  "PENDING_CREATION",
  "PENDING_UPDATE",
  "PENDING_DELETION",
  "FAILED_UPDATE",
  "FAILED_DELETION",
]);

export type IngressConnectionState = { name: string; status: string };

/** Why the service can't be deleted yet, or undefined when nothing holds it. */
export function deleteServiceRefusal(ingress: IngressConnectionState[]): string | undefined {
  const active = ingress.filter((c) => ACTIVE.has(c.status as VpcIngressConnectionStatus));
  if (active.length === 0) return undefined;
  const names = active.map((c) => `${c.name} (${c.status})`).join(", ");
  return `The service has active VPC ingress connections: ${names}. Delete them first, then delete the service.`;
}
