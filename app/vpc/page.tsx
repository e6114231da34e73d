import type { Metadata } from "next";

import { groupRevisions } from "@/components/resources/group-revisions";
import { RefreshWhile } from "@/components/resources/refresh-while";
import { ResourceLoadProblem } from "@/components/resources/resource-load-problem";
import { usersOf } from "@/components/resources/resource-users";
import { VpcConnectorCreateForm } from "@/components/resources/vpc-connector-create-form";
import { VpcConnectorsTable } from "@/components/resources/vpc-connectors-table";
import { VpcIngressCreateForm } from "@/components/resources/vpc-ingress-create-form";
import { VpcIngressTable } from "@/components/resources/vpc-ingress-table";
import { loadOrProblem } from "@/lib/apprunner/api/load-or-problem";
import { loadVpcOverview } from "@/lib/apprunner/api/load-vpc-overview";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "VPC" };

export default async function VpcPage() {
  const loaded = await loadOrProblem(loadVpcOverview);
  if (!loaded.ok)
    return (
      <ResourceLoadProblem
        title="VPC resources could not be loaded"
        message={loaded.message}
        retryHref="/vpc"
      />
    );
  const { connectors, ingress, services } = loaded.value;
  const rows = groupRevisions(
    connectors,
    (c) => c.VpcConnectorName,
    (c) => c.VpcConnectorRevision,
  ).flatMap((g) =>
    g.revisions.map((connector) => ({
      connector,
      users: usersOf(services, "vpcConnectorArn", connector.VpcConnectorArn),
    })),
  );
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">VPC</h1>
      <RefreshWhile active={ingress.some((c) => c.Status?.startsWith("PENDING_"))} />
      <section aria-labelledby="connectors-heading" className="space-y-4">
        <div className="space-y-1">
          <h2 id="connectors-heading" className="text-xl font-semibold">
            VPC connectors
          </h2>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            Outgoing traffic: a service with custom VPC egress reaches your VPC&apos;s private
            resources through a connector.
          </p>
        </div>
        {rows.length === 0 ? (
          <p>No VPC connectors yet.</p>
        ) : (
          <VpcConnectorsTable connectors={rows} />
        )}
        <VpcConnectorCreateForm />
      </section>
      <section aria-labelledby="ingress-heading" className="space-y-4">
        <div className="space-y-1">
          <h2 id="ingress-heading" className="text-xl font-semibold">
            VPC ingress connections
          </h2>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            Incoming traffic: a private service is reached from a VPC through an interface endpoint.
          </p>
        </div>
        {ingress.length === 0 ? (
          <p>No VPC ingress connections yet.</p>
        ) : (
          <VpcIngressTable connections={ingress} />
        )}
        <VpcIngressCreateForm services={services.map(({ arn, name }) => ({ arn, name }))} />
      </section>
    </div>
  );
}
