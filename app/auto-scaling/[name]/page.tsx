import { AutoScalingCreateForm } from "@/components/resources/auto-scaling-create-form";
import { AutoScalingRevision } from "@/components/resources/auto-scaling-revision";
import { nameMetadata, nameParam, type NameParams } from "@/components/resources/name-params";
import { ResourceDetailsPage } from "@/components/resources/resource-details-page";
import { loadAutoScalingName } from "@/lib/apprunner/api/load-auto-scaling-name";

export const dynamic = "force-dynamic";

export const generateMetadata = nameMetadata("auto-scaling");

export default async function AutoScalingNamePage(props: NameParams) {
  const name = await nameParam(props);
  return (
    <ResourceDetailsPage kind="auto-scaling" name={name} load={() => loadAutoScalingName(name)}>
      {(revisions) => (
        <>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            {revisions.length === 1 ? "1 active revision" : `${revisions.length} active revisions`},
            newest first. A service keeps the revision it was given until it is updated.
          </p>
          {revisions.map(({ config, users }) => (
            <AutoScalingRevision
              key={config.AutoScalingConfigurationArn}
              config={config}
              users={users}
            />
          ))}
          <AutoScalingCreateForm name={name} />
        </>
      )}
    </ResourceDetailsPage>
  );
}
