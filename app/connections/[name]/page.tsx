import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { deleteConnectionAction } from "@/app/connections/actions";
import { providerLabel } from "@/components/resources/connection-providers";
import { DeleteResourceButton } from "@/components/resources/delete-resource-button";
import { DetailList } from "@/components/resources/detail-list";
import { HandshakeNote } from "@/components/resources/handshake-note";
import { RefreshWhile } from "@/components/resources/refresh-while";
import { ResourceLoadProblem } from "@/components/resources/resource-load-problem";
import { ResourceStatusBadge } from "@/components/resources/resource-status-badge";
import { RelativeTime } from "@/components/ui/relative-time";
import { findConnection } from "@/lib/apprunner/api/connections";
import { loadOrProblem } from "@/lib/apprunner/api/load-or-problem";
import { describeConnection, getSettings } from "@/lib/env";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ name: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: `Connection ${decodeURIComponent((await params).name)}` };
}

export default async function ConnectionPage({ params }: Params) {
  const name = decodeURIComponent((await params).name);
  const loaded = await loadOrProblem(() => findConnection(name));
  if (!loaded.ok)
    return (
      <ResourceLoadProblem
        title="The connection could not be loaded"
        message={loaded.message}
        retryHref={`/connections/${encodeURIComponent(name)}`}
      />
    );
  const connection = loaded.value;
  if (!connection?.ConnectionArn) notFound();
  const connectedTo = describeConnection(getSettings());
  const pending = connection.Status === "PENDING_HANDSHAKE";
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/connections" className="underline">
          Connections
        </Link>
      </p>
      <h1 className="text-2xl font-semibold break-words">{connection.ConnectionName}</h1>
      <RefreshWhile active={pending} />
      <DetailList
        items={[
          {
            label: "Status",
            value: (
              <span data-testid="connection-status">
                <ResourceStatusBadge status={connection.Status} />
              </span>
            ),
          },
          { label: "Provider", value: providerLabel(connection.ProviderType) },
          {
            label: "ARN",
            value: <span className="font-mono text-xs">{connection.ConnectionArn}</span>,
          },
          { label: "Created", value: <RelativeTime value={connection.CreatedAt?.toISOString()} /> },
        ]}
      />
      {pending && (
        <HandshakeNote region={connectedTo.region} simulated={connectedTo.kind === "emulator"} />
      )}
      {connection.Status === "ERROR" && (
        <p className="text-sm">
          App Runner could not complete this connection. Delete it and create it again.
        </p>
      )}
      <DeleteResourceButton
        label="Delete connection"
        title={`Delete ${connection.ConnectionName}?`}
        confirmText={connection.ConnectionName ?? ""}
        refusal={undefined}
        action={deleteConnectionAction.bind(null, connection.ConnectionArn)}
      >
        <p>
          Services built from this connection&apos;s repositories can no longer pull new code. App
          Runner refuses while a service uses it.
        </p>
      </DeleteResourceButton>
    </div>
  );
}
