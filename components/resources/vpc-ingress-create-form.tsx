"use client";

import { createVpcIngressAction } from "@/app/vpc/actions";

import { CreateResourceForm, type CreateField } from "./create-resource-form";

/** Creates a VPC ingress connection: a service made reachable from a VPC endpoint. */
export function VpcIngressCreateForm({
  services,
}: {
  services: readonly { arn: string; name: string }[];
}) {
  const fields: CreateField[] = [
    {
      name: "VpcIngressConnectionName",
      label: "Ingress connection name",
      hint: "4–40 letters, digits, hyphens or underscores.",
    },
    {
      name: "ServiceArn",
      label: "Service",
      kind: "select",
      options: services.map((s) => ({ value: s.arn, label: s.name })),
    },
    { name: "VpcId", label: "VPC ID", hint: "e.g. vpc-0a1b2c3d4e5f6a7b8" },
    {
      name: "VpcEndpointId",
      label: "VPC endpoint ID",
      hint: "The interface endpoint for App Runner in that VPC, e.g. vpce-0a1b2c3d4e5f6a7b8.",
    },
  ];
  if (services.length === 0)
    return (
      <section aria-labelledby="create-vpc-ingress-title" className="space-y-2">
        <h2 id="create-vpc-ingress-title" className="text-lg font-semibold">
          Create VPC ingress connection
        </h2>
        <p className="text-sm">
          An ingress connection makes a service reachable from a VPC. Create a service first.
        </p>
      </section>
    );
  return (
    <CreateResourceForm
      id="create-vpc-ingress"
      title="Create VPC ingress connection"
      fields={fields}
      submitLabel="Create ingress connection"
      action={createVpcIngressAction}
    />
  );
}
