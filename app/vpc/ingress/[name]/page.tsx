import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { deleteVpcIngressAction } from "@/app/vpc/actions";
import { DeleteResourceButton } from "@/components/resources/delete-resource-button";
import { DetailList } from "@/components/resources/detail-list";
import { RefreshWhile } from "@/components/resources/refresh-while";
import { ResourceLoadProblem } from "@/components/resources/resource-load-problem";
import { ResourceStatusBadge } from "@/components/resources/resource-status-badge";
import { RelativeTime } from "@/components/ui/relative-time";
import { loadOrProblem } from "@/lib/apprunner/api/load-or-problem";
import { listVpcIngressConnections } from "@/lib/apprunner/api/vpc-ingress-connections";
import { parseServiceArn, servicePath } from "@/lib/apprunner/watch/service-arn";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ name: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: `VPC ingress ${decodeURIComponent((await params).name)}` };
}

export default async function VpcIngressPage({ params }: Params) {
  const name = decodeURIComponent((await params).name);
  const loaded = await loadOrProblem(listVpcIngressConnections);
  if (!loaded.ok)
    return (
      <ResourceLoadProblem
        title="The VPC ingress connection could not be loaded"
        message={loaded.message}
        retryHref={`/vpc/ingress/${encodeURIComponent(name)}`}
      />
    );
  const connection = loaded.value.find(
    (c) => c.VpcIngressConnectionName === name && c.Status !== "DELETED",
  );
  if (!connection?.VpcIngressConnectionArn) notFound();
  const pending = connection.Status?.startsWith("PENDING_") ?? false;
  const service = connection.ServiceArn ? parseServiceArn(connection.ServiceArn) : undefined;
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/vpc" className="underline">
          VPC
        </Link>
      </p>
      <h1 className="text-2xl font-semibold break-words">{name}</h1>
      <RefreshWhile active={pending} />
      <DetailList
        items={[
          { label: "Status", value: <ResourceStatusBadge status={connection.Status} /> },
          {
            label: "Service",
            value: service ? (
              <Link href={servicePath(connection.ServiceArn!)!} className="underline">
                {service.name}
              </Link>
            ) : (
              "—"
            ),
          },
          {
            label: "VPC",
            value: (
              <span className="font-mono text-xs">{connection.IngressVpcConfiguration?.VpcId}</span>
            ),
          },
          {
            label: "VPC endpoint",
            value: (
              <span className="font-mono text-xs">
                {connection.IngressVpcConfiguration?.VpcEndpointId}
              </span>
            ),
          },
          {
            label: "Domain name",
            value: <span className="font-mono text-xs">{connection.DomainName ?? "—"}</span>,
          },
          { label: "Created", value: <RelativeTime value={connection.CreatedAt?.toISOString()} /> },
          {
            label: "ARN",
            value: <span className="font-mono text-xs">{connection.VpcIngressConnectionArn}</span>,
          },
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
        action={deleteVpcIngressAction.bind(null, connection.VpcIngressConnectionArn)}
      >
        <p>
          The service is no longer reachable through this VPC endpoint. This can&apos;t be undone.
        </p>
      </DeleteResourceButton>
    </div>
  );
}
