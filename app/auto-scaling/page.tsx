import type { Metadata } from "next";

import { AutoScalingCreateForm } from "@/components/resources/auto-scaling-create-form";
import { AutoScalingTable } from "@/components/resources/auto-scaling-table";
import { groupRevisions } from "@/components/resources/group-revisions";
import { ResourceListPage } from "@/components/resources/resource-list-page";
import { listAutoScalingRevisions } from "@/lib/apprunner/api/auto-scaling-configurations";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Auto scaling" };

export default function AutoScalingPage() {
  return (
    <ResourceListPage
      list="auto-scaling"
      intro="How many instances a service runs and how much traffic each takes. A service without one of its own uses the account's default. Open a name to see which services use each revision, set the default or delete a revision."
      load={() => listAutoScalingRevisions()}
    >
      {(configs) => (
        <>
          <AutoScalingTable
            groups={groupRevisions(
              configs,
              (c) => c.AutoScalingConfigurationName,
              (c) => c.AutoScalingConfigurationRevision,
            )}
          />
          <AutoScalingCreateForm />
        </>
      )}
    </ResourceListPage>
  );
}
