import type { VpcConnector } from "@aws-sdk/client-apprunner";

import { deleteVpcConnectorAction } from "@/app/vpc/actions";
import { RelativeTime } from "@/components/ui/relative-time";

import { deleteRefusal } from "./delete-refusal";
import { DeleteResourceButton } from "./delete-resource-button";
import { DetailList } from "./detail-list";
import { IdList } from "./id-list";
import type { ResourceUser } from "./resource-users";
import { ResourceStatusBadge } from "./resource-status-badge";
import { ServiceLinks } from "./service-links";

/** One VPC connector revision: its network, who uses it, Delete (or why not). */
export function VpcConnectorRevision({
  connector,
  users,
}: {
  connector: VpcConnector;
  users: ResourceUser[];
}) {
  const name = connector.VpcConnectorName ?? "";
  const revision = connector.VpcConnectorRevision;
  const headingId = `revision-${revision}`;
  return (
    <section
      aria-labelledby={headingId}
      className="space-y-3 rounded-md border border-zinc-300 p-4 dark:border-zinc-700"
    >
      <h2 id={headingId} className="text-lg font-semibold">
        Revision {revision}
      </h2>
      <DetailList
        items={[
          { label: "Status", value: <ResourceStatusBadge status={connector.Status} /> },
          { label: "Subnets", value: <IdList ids={connector.Subnets} /> },
          { label: "Security groups", value: <IdList ids={connector.SecurityGroups} /> },
          { label: "Used by", value: <ServiceLinks users={users} /> },
          { label: "Created", value: <RelativeTime value={connector.CreatedAt?.toISOString()} /> },
          {
            label: "ARN",
            value: <span className="font-mono text-xs">{connector.VpcConnectorArn}</span>,
          },
        ]}
      />
      <DeleteResourceButton
        label={`Delete revision ${revision}`}
        title={`Delete revision ${revision} of ${name}?`}
        confirmText={name}
        refusal={deleteRefusal("vpc-connector", { users })}
        action={deleteVpcConnectorAction.bind(null, connector.VpcConnectorArn ?? "")}
      >
        <p>The connector can no longer be given to services. This can&apos;t be undone.</p>
      </DeleteResourceButton>
    </section>
  );
}
