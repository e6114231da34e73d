import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { ResourceLoadProblem } from "@/components/resources/resource-load-problem";
import { usersOf } from "@/components/resources/resource-users";
import { VpcConnectorRevision } from "@/components/resources/vpc-connector-revision";
import { loadOrProblem } from "@/lib/apprunner/api/load-or-problem";
import { loadVpcOverview } from "@/lib/apprunner/api/load-vpc-overview";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ name: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: `VPC connector ${decodeURIComponent((await params).name)}` };
}

export default async function VpcConnectorPage({ params }: Params) {
  const name = decodeURIComponent((await params).name);
  const loaded = await loadOrProblem(loadVpcOverview);
  if (!loaded.ok)
    return (
      <ResourceLoadProblem
        title="The VPC connector could not be loaded"
        message={loaded.message}
        retryHref={`/vpc/connectors/${encodeURIComponent(name)}`}
      />
    );
  const revisions = loaded.value.connectors
    .filter((c) => c.VpcConnectorName === name)
    .sort((a, b) => (b.VpcConnectorRevision ?? 0) - (a.VpcConnectorRevision ?? 0));
  if (revisions.length === 0) notFound();
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/vpc" className="underline">
          VPC
        </Link>
      </p>
      <h1 className="text-2xl font-semibold break-words">{name}</h1>
      {revisions.map((connector) => (
        <VpcConnectorRevision
          key={connector.VpcConnectorArn}
          connector={connector}
          users={usersOf(loaded.value.services, "vpcConnectorArn", connector.VpcConnectorArn)}
        />
      ))}
    </div>
  );
}
