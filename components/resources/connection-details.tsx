import type { ConnectionSummary } from "@aws-sdk/client-apprunner";

import { deleteConnectionAction } from "@/app/connections/actions";
import { RelativeTime } from "@/components/ui/relative-time";

import { providerLabel } from "./connection-providers";
import { deleteRefusal } from "./delete-refusal";
import { DeleteResourceButton } from "./delete-resource-button";
import { DetailList } from "./detail-list";
import { HandshakeNote } from "./handshake-note";
import { RefreshWhile } from "./refresh-while";
import { ResourceStatusBadge } from "./resource-status-badge";
import type { ResourceUser } from "./resource-users";
import { ServiceLinks } from "./service-links";

/**
 * One connection: its status (followed while the handshake is pending), provider and ARN, what
 * to do about a handshake or an error, and Delete.
 */
export function ConnectionDetails({
  connection,
  users,
  region,
  simulated,
}: {
  connection: ConnectionSummary;
  users: readonly ResourceUser[];
  region: string;
  simulated: boolean;
}) {
  const name = connection.ConnectionName ?? "";
  const pending = connection.Status === "PENDING_HANDSHAKE";
  return (
    <>
      <RefreshWhile active={pending} />
      <DetailList
        items={[
          {
            label: "Status",
            value: (
              <span data-testid="connection-status">
                <ResourceStatusBadge status={connection.Status} />
              </span>
            ),
          },
          { label: "Provider", value: providerLabel(connection.ProviderType) },
          {
            label: "ARN",
            value: <span className="font-mono text-xs">{connection.ConnectionArn}</span>,
          },
          { label: "Created", value: <RelativeTime value={connection.CreatedAt?.toISOString()} /> },
          { label: "Used by", value: <ServiceLinks users={users} /> },
        ]}
      />
      {pending && <HandshakeNote region={region} simulated={simulated} />}
      {connection.Status === "ERROR" && (
        <p className="text-sm">
          App Runner could not complete this connection. Delete it and create it again.
        </p>
      )}
      <DeleteResourceButton
        label="Delete connection"
        title={`Delete ${name}?`}
        confirmText={name}
        refusal={deleteRefusal("connection", { users })}
        action={deleteConnectionAction.bind(null, connection.ConnectionArn ?? "")}
      >
        <p>
          Services built from this connection&apos;s repositories could no longer pull new code, so
          App Runner refuses while a service uses it.
        </p>
      </DeleteResourceButton>
    </>
  );
}
