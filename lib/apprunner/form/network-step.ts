import { z } from "zod";

import {
  AppRunnerResourceArn,
  EgressType,
  IpAddressType,
} from "@/lib/apprunner/schema/shapes.generated";

import { checkText, type IssueSink } from "./field-checks";
import { DUAL_STACK_PRIVATE_REASON } from "./network-choices";
import type { WizardValues } from "./wizard-schema";

export const networkStepSchema = z.object({
  network: z.object({
    ingress: z.enum(["public", "private"]),
    egressType: EgressType,
    vpcConnectorArn: z.string(),
    ipAddressType: IpAddressType,
  }),
});

export function networkStepRules({ network }: WizardValues, add: IssueSink): void {
  if (network.egressType === "VPC")
    checkText(add, "network.vpcConnectorArn", network.vpcConnectorArn, AppRunnerResourceArn, {
      required: "Choose the VPC connector for outgoing traffic.",
      invalid: "Choose a VPC connector from the list.",
    });
  if (network.ipAddressType === "DUAL_STACK" && network.ingress === "private")
    add("network.ipAddressType", DUAL_STACK_PRIVATE_REASON);
}
