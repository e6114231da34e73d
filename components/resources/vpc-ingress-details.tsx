import type { VpcIngressConnection } from "@aws-sdk/client-apprunner";

import { deleteVpcIngressAction } from "@/app/vpc/actions";
import { RelativeTime } from "@/components/ui/relative-time";

import { DeleteResourceButton } from "./delete-resource-button";
import { DetailList } from "./detail-list";
import { RefreshWhile } from "./refresh-while";
import { ResourceStatusBadge } from "./resource-status-badge";
import { ServiceLink } from "./service-link";

const mono = (text: string | undefined) => <span className="font-mono text-xs">{text}</span>;

/**
 * One VPC ingress connection: its status (followed while App Runner changes it), service,
 * network and domain, and Delete once the status has settled.
 */
export function VpcIngressDetails({ connection }: { connection: VpcIngressConnection }) {
  const name = connection.VpcIngressConnectionName ?? "";
  const pending = connection.Status?.startsWith("PENDING_") ?? false;
  return (
    <>
      <RefreshWhile active={pending} />
      <DetailList
        items={[
          { label: "Status", value: <ResourceStatusBadge status={connection.Status} /> },
          { label: "Service", value: <ServiceLink arn={connection.ServiceArn} /> },
          { label: "VPC", value: mono(connection.IngressVpcConfiguration?.VpcId) },
          { label: "VPC endpoint", value: mono(connection.IngressVpcConfiguration?.VpcEndpointId) },
          { label: "Domain name", value: mono(connection.DomainName ?? "—") },
          { label: "Created", value: <RelativeTime value={connection.CreatedAt?.toISOString()} /> },
          { label: "ARN", value: mono(connection.VpcIngressConnectionArn) },
        ]}
      />
      <DeleteResourceButton
        label="Delete ingress connection"
        title={`Delete ${name}?`}
        confirmText={name}
        refusal={
          pending
            ? "App Runner is still changing this connection; it can be deleted once its status settles."
            : undefined
        }
        action={deleteVpcIngressAction.bind(null, connection.VpcIngressConnectionArn ?? "")}
      >
        <p>
          The service is no longer reachable through this VPC endpoint. This can&apos;t be undone.
        </p>
      </DeleteResourceButton>
    </>
  );
}
