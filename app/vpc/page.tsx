import type { Metadata } from "next";

import { RefreshWhile } from "@/components/resources/refresh-while";
import { ResourceListPage } from "@/components/resources/resource-list-page";
import { ResourceSection } from "@/components/resources/resource-section";
import { revisionRows } from "@/components/resources/revision-rows";
import { VpcConnectorCreateForm } from "@/components/resources/vpc-connector-create-form";
import { VpcConnectorsTable } from "@/components/resources/vpc-connectors-table";
import { VpcIngressCreateForm } from "@/components/resources/vpc-ingress-create-form";
import { VpcIngressTable } from "@/components/resources/vpc-ingress-table";
import { loadVpcOverview } from "@/lib/apprunner/api/load-vpc-overview";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "VPC" };

export default function VpcPage() {
  return (
    <ResourceListPage list="vpc" load={loadVpcOverview}>
      {({ connectors, ingress, services }) => {
        const rows = revisionRows("vpc-connector", connectors, services);
        return (
          <>
            <RefreshWhile active={ingress.some((c) => c.Status?.startsWith("PENDING_"))} />
            <ResourceSection
              id="connectors-heading"
              title="VPC connectors"
              intro="Outgoing traffic: a service with custom VPC egress reaches your VPC's private resources through a connector."
            >
              <VpcConnectorsTable rows={rows} />
              <VpcConnectorCreateForm />
            </ResourceSection>
            <ResourceSection
              id="ingress-heading"
              title="VPC ingress connections"
              intro="Incoming traffic: a private service is reached from a VPC through an interface endpoint."
            >
              <VpcIngressTable connections={ingress} />
              <VpcIngressCreateForm services={services.map(({ arn, name }) => ({ arn, name }))} />
            </ResourceSection>
          </>
        );
      }}
    </ResourceListPage>
  );
}
