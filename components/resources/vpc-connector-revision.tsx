import type { VpcConnector } from "@aws-sdk/client-apprunner";

import { deleteVpcConnectorAction } from "@/app/vpc/actions";

import { deleteRefusal } from "./delete-refusal";
import { IdList } from "./id-list";
import type { ResourceUser } from "./resource-users";
import { RevisionCard } from "./revision-card";

/** One VPC connector revision: its network, who uses it, Delete (or why not). */
export function VpcConnectorRevision({
  connector,
  users,
}: {
  connector: VpcConnector;
  users: ResourceUser[];
}) {
  return (
    <RevisionCard
      name={connector.VpcConnectorName ?? ""}
      revision={connector.VpcConnectorRevision}
      arn={connector.VpcConnectorArn ?? ""}
      status={connector.Status}
      createdAt={connector.CreatedAt}
      facts={[
        { label: "Subnets", value: <IdList ids={connector.Subnets} /> },
        { label: "Security groups", value: <IdList ids={connector.SecurityGroups} /> },
      ]}
      users={users}
      remove={{
        action: deleteVpcConnectorAction,
        refusal: deleteRefusal("vpc-connector", { users }),
        note: <p>The connector can no longer be given to services. This can&apos;t be undone.</p>,
      }}
    />
  );
}
