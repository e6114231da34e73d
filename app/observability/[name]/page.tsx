import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { ObservabilityRevision } from "@/components/resources/observability-revision";
import { ResourceLoadProblem } from "@/components/resources/resource-load-problem";
import { usersOf } from "@/components/resources/resource-users";
import { loadObservabilityOverview } from "@/lib/apprunner/api/load-observability-overview";
import { loadOrProblem } from "@/lib/apprunner/api/load-or-problem";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ name: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: `Observability ${decodeURIComponent((await params).name)}` };
}

export default async function ObservabilityNamePage({ params }: Params) {
  const name = decodeURIComponent((await params).name);
  const loaded = await loadOrProblem(() => loadObservabilityOverview(name));
  if (!loaded.ok)
    return (
      <ResourceLoadProblem
        title="The observability configuration could not be loaded"
        message={loaded.message}
        retryHref={`/observability/${encodeURIComponent(name)}`}
      />
    );
  const revisions = [...loaded.value.configs].sort(
    (a, b) =>
      (b.ObservabilityConfigurationRevision ?? 0) - (a.ObservabilityConfigurationRevision ?? 0),
  );
  if (revisions.length === 0) notFound();
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/observability" className="underline">
          Observability configurations
        </Link>
      </p>
      <h1 className="text-2xl font-semibold break-words">{name}</h1>
      {revisions.map((config) => (
        <ObservabilityRevision
          key={config.ObservabilityConfigurationArn}
          config={config}
          users={usersOf(
            loaded.value.services,
            "observabilityArn",
            config.ObservabilityConfigurationArn,
          )}
        />
      ))}
    </div>
  );
}
