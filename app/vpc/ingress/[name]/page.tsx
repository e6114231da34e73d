import { nameMetadata, nameParam, type NameParams } from "@/components/resources/name-params";
import { ResourceDetailsPage } from "@/components/resources/resource-details-page";
import { VpcIngressDetails } from "@/components/resources/vpc-ingress-details";
import { findVpcIngressConnection } from "@/lib/apprunner/api/vpc-ingress-connections";

export const dynamic = "force-dynamic";

export const generateMetadata = nameMetadata("vpc-ingress");

export default async function VpcIngressPage(props: NameParams) {
  const name = await nameParam(props);
  return (
    <ResourceDetailsPage kind="vpc-ingress" name={name} load={() => findVpcIngressConnection(name)}>
      {(connection) => <VpcIngressDetails connection={connection} />}
    </ResourceDetailsPage>
  );
}
