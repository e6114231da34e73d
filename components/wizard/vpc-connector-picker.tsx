"use client";

import { onDemand } from "@/components/ui/on-demand";
import { wizardQueries } from "@/lib/query/wizard-queries";

import { RevisionPicker } from "./revision-picker";

// The create panel matters only once someone opens it: it loads after the step.
const VpcConnectorCreate = onDemand(() =>
  import("./vpc-connector-create").then((m) => m.VpcConnectorCreate),
);

/**
 * The network step's VPC connector: one of ListVpcConnectors' active revisions, or a new one.
 * Rendered when egress is a custom VPC.
 */
export function VpcConnectorPicker() {
  return (
    <RevisionPicker
      path="network.vpcConnectorArn"
      label="VPC connector"
      query={wizardQueries.vpcConnectors()}
      sameBy="arn"
      placeholder="Choose a VPC connector…"
      plural="VPC connectors"
      empty="You have no VPC connectors in this region yet: create one here."
      hint="App Runner sends the service's outgoing traffic into your VPC through it."
      Create={VpcConnectorCreate}
    />
  );
}
