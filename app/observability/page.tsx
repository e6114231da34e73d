import type { Metadata } from "next";

import { ObservabilityCreateForm } from "@/components/resources/observability-create-form";
import { ObservabilityTable } from "@/components/resources/observability-table";
import { ResourceListPage } from "@/components/resources/resource-list-page";
import { revisionRows } from "@/components/resources/revision-rows";
import { loadObservabilityOverview } from "@/lib/apprunner/api/load-observability-overview";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Observability" };

export default function ObservabilityPage() {
  return (
    <ResourceListPage
      list="observability"
      intro="Tracing for services that turn observability on: which vendor receives their traces."
      load={() => loadObservabilityOverview()}
    >
      {({ configs, services }) => (
        <>
          <ObservabilityTable rows={revisionRows("observability", configs, services)} />
          <ObservabilityCreateForm />
        </>
      )}
    </ResourceListPage>
  );
}
