import { nameMetadata, nameParam, type NameParams } from "@/components/resources/name-params";
import { ObservabilityRevision } from "@/components/resources/observability-revision";
import { ResourceDetailsPage } from "@/components/resources/resource-details-page";
import { revisionRows } from "@/components/resources/revision-rows";
import { loadObservabilityOverview } from "@/lib/apprunner/api/load-observability-overview";

export const dynamic = "force-dynamic";

export const generateMetadata = nameMetadata("observability");

export default async function ObservabilityNamePage(props: NameParams) {
  const name = await nameParam(props);
  return (
    <ResourceDetailsPage
      kind="observability"
      name={name}
      load={async () => {
        const { configs, services } = await loadObservabilityOverview(name);
        return revisionRows("observability", configs, services, name);
      }}
    >
      {(rows) =>
        rows.map(({ item, users }) => (
          <ObservabilityRevision
            key={item.ObservabilityConfigurationArn}
            config={item}
            users={users}
          />
        ))
      }
    </ResourceDetailsPage>
  );
}
