import { ConnectionDetails } from "@/components/resources/connection-details";
import { nameMetadata, nameParam, type NameParams } from "@/components/resources/name-params";
import { ResourceDetailsPage } from "@/components/resources/resource-details-page";
import { usersOf } from "@/components/resources/resource-users";
import { loadConnectionUse } from "@/lib/apprunner/api/load-connection-use";
import { describeConnection, getSettings } from "@/lib/env";

export const dynamic = "force-dynamic";

export const generateMetadata = nameMetadata("connection");

export default async function ConnectionPage(props: NameParams) {
  const name = await nameParam(props);
  const connectedTo = describeConnection(getSettings());
  return (
    <ResourceDetailsPage kind="connection" name={name} load={() => loadConnectionUse(name)}>
      {({ connection, services }) => (
        <ConnectionDetails
          connection={connection}
          users={usersOf(services, "connectionArn", connection.ConnectionArn)}
          region={connectedTo.region}
          simulated={connectedTo.kind === "emulator"}
        />
      )}
    </ResourceDetailsPage>
  );
}
