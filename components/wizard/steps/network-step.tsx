"use client";

import { useEffect } from "react";
import { useFormContext, useWatch } from "react-hook-form";

import type { WizardValues } from "@/lib/apprunner/form/wizard-values";

import { RadioField } from "../radio-field";
import { VpcConnectorPicker } from "../vpc-connector-picker";
import { useWizardCheck } from "../wizard-context";

export function NetworkStep() {
  const { control, setValue } = useFormContext<WizardValues>();
  const network = useWatch({ control, name: "network" });
  const dualStackRefused = useWizardCheck().dualStackRefusal(network.ingress);

  // Fall back to the default rather than keep a value App Runner refuses.
  useEffect(() => {
    if (dualStackRefused && network.ipAddressType !== "IPV4")
      setValue("network.ipAddressType", "IPV4");
  }, [dualStackRefused, network.ipAddressType, setValue]);

  return (
    <div className="space-y-6">
      <RadioField
        path="network.ingress"
        legend="Incoming traffic"
        options={[
          { value: "public", label: "Public endpoint", hint: "Reachable from the internet." },
          {
            value: "private",
            label: "Private endpoint",
            hint: "Reachable only from your VPC, through a VPC interface endpoint.",
          },
        ]}
      />
      <RadioField
        path="network.egressType"
        legend="Outgoing traffic"
        options={[
          { value: "DEFAULT", label: "Public internet", hint: "App Runner's own network." },
          { value: "VPC", label: "Custom VPC", hint: "Through one of your VPC connectors." },
        ]}
      />
      {network.egressType === "VPC" && <VpcConnectorPicker />}
      <RadioField
        path="network.ipAddressType"
        legend="IP address type"
        options={[
          { value: "IPV4", label: "IPv4" },
          {
            value: "DUAL_STACK",
            label: "Dual-stack (IPv4 and IPv6)",
            disabledReason: dualStackRefused,
          },
        ]}
      />
    </div>
  );
}
