"use client";

import { useFormContext, useWatch } from "react-hook-form";

import { describeHealthCheck } from "@/lib/apprunner/form/health-check-summary";
import type { WizardChoices } from "@/lib/apprunner/form/wizard-choices";
import type { WizardValues } from "@/lib/apprunner/form/wizard-schema";

import { RadioField } from "../radio-field";
import { TextField } from "../text-field";
import { useWizard } from "../wizard-context";

const numbers = (defaults: WizardChoices["healthCheckDefaults"]) =>
  [
    {
      path: "healthCheck.interval",
      label: "Interval (seconds)",
      hint: `Time between checks. Default ${defaults.Interval}.`,
    },
    {
      path: "healthCheck.timeout",
      label: "Timeout (seconds)",
      hint: `How long one check waits for an answer. Default ${defaults.Timeout}.`,
    },
    {
      path: "healthCheck.healthyThreshold",
      label: "Healthy threshold",
      hint: `Passed checks in a row to count as healthy. Default ${defaults.HealthyThreshold}.`,
    },
    {
      path: "healthCheck.unhealthyThreshold",
      label: "Unhealthy threshold",
      hint: `Failed checks in a row to count as unhealthy. Default ${defaults.UnhealthyThreshold}.`,
    },
  ] as const;

export function HealthCheckStep() {
  const { control } = useFormContext<WizardValues>();
  const hc = useWatch({ control, name: "healthCheck" });
  const summary = describeHealthCheck(hc);
  const defaults = useWizard().choices.healthCheckDefaults;
  return (
    <div className="space-y-6">
      <RadioField
        path="healthCheck.protocol"
        legend="Protocol"
        options={[
          { value: "TCP", label: "TCP", hint: "The port accepts a connection." },
          { value: "HTTP", label: "HTTP", hint: "A path answers with a 2xx status." },
        ]}
      />
      {hc.protocol === "HTTP" && (
        <TextField
          path="healthCheck.path"
          label="Path"
          hint={`Requested on each check. Default ${defaults.Path}.`}
          autoComplete="off"
          className="max-w-md"
        />
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        {numbers(defaults).map((n) => (
          <TextField
            key={n.path}
            path={n.path}
            label={n.label}
            hint={n.hint}
            numeric
            type="number"
            step={1}
            inputMode="numeric"
          />
        ))}
      </div>
      {summary && (
        <p aria-live="polite" className="rounded-md bg-zinc-100 p-3 text-sm dark:bg-zinc-900">
          {summary}
        </p>
      )}
    </div>
  );
}
