import { nameMetadata, nameParam, type NameParams } from "@/components/resources/name-params";
import { ResourceDetailsPage } from "@/components/resources/resource-details-page";
import { revisionRows } from "@/components/resources/revision-rows";
import { VpcConnectorRevision } from "@/components/resources/vpc-connector-revision";
import { loadVpcOverview } from "@/lib/apprunner/api/load-vpc-overview";

export const dynamic = "force-dynamic";

export const generateMetadata = nameMetadata("vpc-connector");

export default async function VpcConnectorPage(props: NameParams) {
  const name = await nameParam(props);
  return (
    <ResourceDetailsPage
      kind="vpc-connector"
      name={name}
      load={async () => {
        const { connectors, services } = await loadVpcOverview();
        return revisionRows("vpc-connector", connectors, services, name);
      }}
    >
      {(rows) =>
        rows.map(({ item, users }) => (
          <VpcConnectorRevision key={item.VpcConnectorArn} connector={item} users={users} />
        ))
      }
    </ResourceDetailsPage>
  );
}
