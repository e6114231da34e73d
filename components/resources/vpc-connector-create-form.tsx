"use client";

import { createVpcConnectorAction } from "@/app/vpc/actions";

import { CreateResourceForm, type CreateField } from "./create-resource-form";

const FIELDS: readonly CreateField[] = [
  {
    name: "VpcConnectorName",
    label: "VPC connector name",
    hint: "4–40 letters, digits, hyphens or underscores. An existing name gets a new revision.",
  },
  {
    name: "Subnets",
    label: "Subnet IDs",
    hint: "One or more, separated by commas or spaces, e.g. subnet-0a1b2c3d, subnet-4e5f6a7b. Use subnets in several Availability Zones.",
  },
  {
    name: "SecurityGroups",
    label: "Security group IDs (optional)",
    hint: "Separated by commas or spaces. Without any, the VPC's default security group applies.",
  },
];

export function VpcConnectorCreateForm() {
  return (
    <CreateResourceForm
      id="create-vpc-connector"
      title="Create VPC connector"
      fields={FIELDS}
      submitLabel="Create VPC connector"
      action={createVpcConnectorAction}
    />
  );
}
