"use client";

import { splitIds } from "@/components/resources/split-ids";
import type { VpcConnectorItem } from "@/lib/apprunner/form/picker-items";

import { inlineCreate, type InlineCreate } from "./inline-create-form";

/** "Create VPC connector" on the network step; the fields are named like CreateVpcConnector's. */
export const VpcConnectorCreate: InlineCreate<VpcConnectorItem> = inlineCreate({
  noun: "VPC connector",
  url: "/api/vpc-connectors",
  fields: [
    {
      key: "VpcConnectorName",
      label: "VPC connector name",
      hint: "4–40 letters, digits, hyphens or underscores. An existing name gets a new revision.",
    },
    {
      key: "Subnets",
      label: "Subnet IDs",
      hint: "One or more, separated by commas or spaces, e.g. subnet-0a1b2c3d, subnet-4e5f6a7b.",
    },
    {
      key: "SecurityGroups",
      label: "Security group IDs (optional)",
      hint: "Separated by commas or spaces. Without any, the VPC's default security group applies.",
    },
  ],
  initial: { VpcConnectorName: "", Subnets: "", SecurityGroups: "" },
  toBody: (d) => {
    const securityGroups = splitIds(d.SecurityGroups);
    return {
      VpcConnectorName: d.VpcConnectorName.trim(),
      Subnets: splitIds(d.Subnets),
      ...(securityGroups.length ? { SecurityGroups: securityGroups } : {}),
    };
  },
});
