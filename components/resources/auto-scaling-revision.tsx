import type { AutoScalingConfiguration } from "@aws-sdk/client-apprunner";

import { deleteAutoScalingAction, setDefaultAutoScalingAction } from "@/app/auto-scaling/actions";

import { DefaultMark } from "./default-mark";
import { deleteRefusal } from "./delete-refusal";
import type { ResourceUser } from "./resource-users";
import { RevisionCard } from "./revision-card";
import { RunActionButton } from "./run-action-button";

/** One auto scaling revision: its numbers, who uses it, Set default and Delete (or why not). */
export function AutoScalingRevision({
  config,
  users,
}: {
  config: AutoScalingConfiguration;
  users: ResourceUser[];
}) {
  const arn = config.AutoScalingConfigurationArn ?? "";
  const name = config.AutoScalingConfigurationName ?? "";
  const revision = config.AutoScalingConfigurationRevision;
  return (
    <RevisionCard
      name={name}
      revision={revision}
      arn={arn}
      status={config.Status}
      createdAt={config.CreatedAt}
      latest={config.Latest}
      mark={config.IsDefault && <DefaultMark />}
      facts={[
        { label: "Max concurrency", value: config.MaxConcurrency },
        { label: "Min size", value: config.MinSize },
        { label: "Max size", value: config.MaxSize },
      ]}
      users={users}
      actions={
        <RunActionButton
          action={setDefaultAutoScalingAction.bind(null, arn)}
          disabledReason={config.IsDefault ? "It is the default." : undefined}
        >
          Set revision {revision} as default
        </RunActionButton>
      }
      remove={{
        action: deleteAutoScalingAction,
        refusal: deleteRefusal("auto-scaling", { isDefault: config.IsDefault, users }),
        note: (
          <p>
            The revision can no longer be given to services. Other revisions of {name} stay. This
            can&apos;t be undone.
          </p>
        ),
      }}
    />
  );
}
