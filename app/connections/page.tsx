import type { Metadata } from "next";

import { ConnectionCreateForm } from "@/components/resources/connection-create-form";
import { ConnectionsTable } from "@/components/resources/connections-table";
import { RefreshWhile } from "@/components/resources/refresh-while";
import { ResourceListPage } from "@/components/resources/resource-list-page";
import { listLiveConnections } from "@/lib/apprunner/api/connections";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Connections" };

export default function ConnectionsPage() {
  return (
    <ResourceListPage
      list="connections"
      intro="Access to your GitHub or Bitbucket repositories, for services built from source code."
      load={listLiveConnections}
    >
      {(connections) => (
        <>
          <RefreshWhile active={connections.some((c) => c.Status === "PENDING_HANDSHAKE")} />
          <ConnectionsTable connections={connections} />
          <ConnectionCreateForm />
        </>
      )}
    </ResourceListPage>
  );
}
