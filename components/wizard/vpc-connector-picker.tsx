"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useFormContext } from "react-hook-form";

import type { WizardValues } from "@/lib/apprunner/form/wizard-values";
import { wizardQueries } from "@/lib/query/wizard-queries";

import { SelectField } from "./select-field";

// The create panel matters only once someone opens it: it loads after the step.
const VpcConnectorCreate = dynamic(
  () => import("./vpc-connector-create").then((m) => m.VpcConnectorCreate),
  // `loading` gives it a Suspense boundary of its own, so the step never blanks while it loads.
  { loading: () => null },
);

/**
 * The network step's VPC connector: one of ListVpcConnectors' active revisions, or a new one
 * created without leaving the step (it is then chosen). Rendered when egress is a custom VPC.
 */
export function VpcConnectorPicker() {
  const { setValue } = useFormContext<WizardValues>();
  const queryClient = useQueryClient();
  const connectors = useQuery(wizardQueries.vpcConnectors());
  const list = connectors.data ?? [];

  return (
    <div className="space-y-3">
      <SelectField
        path="network.vpcConnectorArn"
        label="VPC connector"
        placeholder={connectors.isPending ? "Loading…" : "Choose a VPC connector…"}
        options={list.map((c) => ({ value: c.arn, label: `${c.name} (revision ${c.revision})` }))}
        hint={
          connectors.isError
            ? `VPC connectors could not be loaded: ${connectors.error.message}`
            : list.length === 0 && connectors.isSuccess
              ? "You have no VPC connectors in this region yet: create one here."
              : "App Runner sends the service's outgoing traffic into your VPC through it."
        }
      />
      <VpcConnectorCreate
        onCreated={(created) => {
          const { queryKey } = wizardQueries.vpcConnectors();
          queryClient.setQueryData(queryKey, (old) => [
            ...(old ?? []).filter((c) => c.arn !== created.arn),
            created,
          ]);
          void queryClient.invalidateQueries({ queryKey });
          setValue("network.vpcConnectorArn", created.arn, { shouldDirty: true });
        }}
      />
    </div>
  );
}
