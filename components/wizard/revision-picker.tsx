"use client";

import { useQuery, type DataTag, type UseQueryOptions } from "@tanstack/react-query";
import type { ComponentType } from "react";
import { useFormContext } from "react-hook-form";

import type { WizardValues } from "@/lib/apprunner/form/wizard-values";

import { SelectField } from "./select-field";
import { useAddCreated } from "./use-add-created";

type RevisionItem = { arn: string; name: string; revision: number };

/**
 * A resource the service uses by ARN: the revisions a wizardQueries list holds, or one created
 * without leaving the step (it is then chosen). `Create` is the picker's inline create panel.
 */
export function RevisionPicker<Item extends RevisionItem>({
  path,
  label,
  query,
  sameBy,
  placeholder,
  plural,
  empty,
  hint,
  Create,
}: {
  path: "network.vpcConnectorArn" | "service.observabilityConfigurationArn";
  label: string;
  /** One of wizardQueries' lists. */
  query: UseQueryOptions<Item[], Error, Item[], string[]> & {
    queryKey: DataTag<string[], Item[], Error>;
  };
  sameBy: "arn" | "name";
  placeholder: string;
  /** What the list holds, to say it could not be loaded ("VPC connectors"). */
  plural: string;
  /** The hint while the list is empty. */
  empty: string;
  hint?: string;
  Create: ComponentType<{ onCreated: (item: Item) => void }>;
}) {
  const { setValue } = useFormContext<WizardValues>();
  const items = useQuery(query);
  const addCreated = useAddCreated(query.queryKey, sameBy);
  const list = items.data ?? [];

  return (
    <div className="space-y-3">
      <SelectField
        path={path}
        label={label}
        placeholder={items.isPending ? "Loading…" : placeholder}
        options={list.map((o) => ({ value: o.arn, label: `${o.name} (revision ${o.revision})` }))}
        hint={
          items.isError
            ? `${plural} could not be loaded: ${items.error.message}`
            : list.length === 0 && items.isSuccess
              ? empty
              : hint
        }
      />
      <Create
        onCreated={(created) => {
          addCreated(created);
          setValue(path, created.arn, { shouldDirty: true });
        }}
      />
    </div>
  );
}
