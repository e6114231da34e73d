import type { Metadata } from "next";

import { AutoScalingCreateForm } from "@/components/resources/auto-scaling-create-form";
import { AutoScalingTable } from "@/components/resources/auto-scaling-table";
import { groupRevisions } from "@/components/resources/group-revisions";
import { ResourceLoadProblem } from "@/components/resources/resource-load-problem";
import { listAutoScalingRevisions } from "@/lib/apprunner/api/auto-scaling-configurations";
import { loadOrProblem } from "@/lib/apprunner/api/load-or-problem";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Auto scaling" };

export default async function AutoScalingPage() {
  const loaded = await loadOrProblem(() => listAutoScalingRevisions());
  if (!loaded.ok)
    return (
      <ResourceLoadProblem
        title="Auto scaling configurations could not be loaded"
        message={loaded.message}
        retryHref="/auto-scaling"
      />
    );
  const groups = groupRevisions(
    loaded.value,
    (c) => c.AutoScalingConfigurationName,
    (c) => c.AutoScalingConfigurationRevision,
  );
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">Auto scaling configurations</h1>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          How many instances a service runs and how much traffic each takes. A service without one
          of its own uses the account&apos;s default. Open a name to see which services use each
          revision, set the default or delete a revision.
        </p>
      </div>
      {groups.length === 0 ? (
        <p>No auto scaling configurations yet.</p>
      ) : (
        <AutoScalingTable groups={groups} />
      )}
      <AutoScalingCreateForm />
    </div>
  );
}
