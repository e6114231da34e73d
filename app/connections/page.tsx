import type { Metadata } from "next";

import { ConnectionCreateForm } from "@/components/resources/connection-create-form";
import { ConnectionsTable } from "@/components/resources/connections-table";
import { RefreshWhile } from "@/components/resources/refresh-while";
import { ResourceLoadProblem } from "@/components/resources/resource-load-problem";
import { listConnections } from "@/lib/apprunner/api/connections";
import { loadOrProblem } from "@/lib/apprunner/api/load-or-problem";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Connections" };

export default async function ConnectionsPage() {
  const loaded = await loadOrProblem(listConnections);
  if (!loaded.ok)
    return (
      <ResourceLoadProblem
        title="Connections could not be loaded"
        message={loaded.message}
        retryHref="/connections"
      />
    );
  const connections = loaded.value
    .filter((c) => c.Status !== "DELETED")
    .sort((a, b) => (a.ConnectionName ?? "").localeCompare(b.ConnectionName ?? ""));
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">Connections</h1>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          Access to your GitHub or Bitbucket repositories, for services built from source code.
        </p>
      </div>
      <RefreshWhile active={connections.some((c) => c.Status === "PENDING_HANDSHAKE")} />
      {connections.length === 0 ? (
        <p>No connections yet.</p>
      ) : (
        <ConnectionsTable connections={connections} />
      )}
      <ConnectionCreateForm />
    </div>
  );
}
