import type { Metadata } from "next";

import { groupRevisions } from "@/components/resources/group-revisions";
import { ObservabilityCreateForm } from "@/components/resources/observability-create-form";
import { ObservabilityTable } from "@/components/resources/observability-table";
import { ResourceLoadProblem } from "@/components/resources/resource-load-problem";
import { usersOf } from "@/components/resources/resource-users";
import { loadObservabilityOverview } from "@/lib/apprunner/api/load-observability-overview";
import { loadOrProblem } from "@/lib/apprunner/api/load-or-problem";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Observability" };

export default async function ObservabilityPage() {
  const loaded = await loadOrProblem(() => loadObservabilityOverview());
  if (!loaded.ok)
    return (
      <ResourceLoadProblem
        title="Observability configurations could not be loaded"
        message={loaded.message}
        retryHref="/observability"
      />
    );
  const rows = groupRevisions(
    loaded.value.configs,
    (c) => c.ObservabilityConfigurationName,
    (c) => c.ObservabilityConfigurationRevision,
  ).flatMap((g) =>
    g.revisions.map((config) => ({
      config,
      users: usersOf(
        loaded.value.services,
        "observabilityArn",
        config.ObservabilityConfigurationArn,
      ),
    })),
  );
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">Observability configurations</h1>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          Tracing for services that turn observability on: which vendor receives their traces.
        </p>
      </div>
      {rows.length === 0 ? (
        <p>No observability configurations yet.</p>
      ) : (
        <ObservabilityTable rows={rows} />
      )}
      <ObservabilityCreateForm />
    </div>
  );
}
