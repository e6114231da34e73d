import { ResourceStatusBadge } from "./resource-status-badge";
import type { ResourceColumn } from "./resource-table";
import type { ResourceUser } from "./resource-users";
import { ServiceLinks } from "./service-links";

/** A table's Status column: the status in words with an icon. */
export function statusColumn<T>(statusOf: (row: T) => string | undefined): ResourceColumn<T> {
  return { header: "Status", cell: (row) => <ResourceStatusBadge status={statusOf(row)} /> };
}

/** A table's "Used by services" column: each service a link, or "None". */
export function usedByColumn<T extends { users: readonly ResourceUser[] }>(): ResourceColumn<T> {
  return { header: "Used by services", cell: (row) => <ServiceLinks users={row.users} /> };
}
