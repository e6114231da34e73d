import { ConnectionDetails } from "@/components/resources/connection-details";
import { nameMetadata, nameParam, type NameParams } from "@/components/resources/name-params";
import { ResourceDetailsPage } from "@/components/resources/resource-details-page";
import { findConnection } from "@/lib/apprunner/api/connections";
import { describeConnection, getSettings } from "@/lib/env";

export const dynamic = "force-dynamic";

export const generateMetadata = nameMetadata("connection");

export default async function ConnectionPage(props: NameParams) {
  const name = await nameParam(props);
  const connectedTo = describeConnection(getSettings());
  return (
    <ResourceDetailsPage kind="connection" name={name} load={() => findConnection(name)}>
      {(connection) => (
        <ConnectionDetails
          connection={connection}
          region={connectedTo.region}
          simulated={connectedTo.kind === "emulator"}
        />
      )}
    </ResourceDetailsPage>
  );
}
