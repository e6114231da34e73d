"use client";

import { useFormContext, useWatch } from "react-hook-form";

import { HEALTH_CHECK_DEFAULTS } from "@/lib/apprunner/constants";
import { describeHealthCheck } from "@/lib/apprunner/form/health-check-summary";
import type { WizardValues } from "@/lib/apprunner/form/wizard-values";

import { RadioField } from "../radio-field";
import { TextField } from "../text-field";

const NUMBERS = [
  {
    path: "healthCheck.interval",
    label: "Interval (seconds)",
    hint: `Time between checks. Default ${HEALTH_CHECK_DEFAULTS.Interval}.`,
  },
  {
    path: "healthCheck.timeout",
    label: "Timeout (seconds)",
    hint: `How long one check waits for an answer. Default ${HEALTH_CHECK_DEFAULTS.Timeout}.`,
  },
  {
    path: "healthCheck.healthyThreshold",
    label: "Healthy threshold",
    hint: `Passed checks in a row to count as healthy. Default ${HEALTH_CHECK_DEFAULTS.HealthyThreshold}.`,
  },
  {
    path: "healthCheck.unhealthyThreshold",
    label: "Unhealthy threshold",
    hint: `Failed checks in a row to count as unhealthy. Default ${HEALTH_CHECK_DEFAULTS.UnhealthyThreshold}.`,
  },
] as const;

export function HealthCheckStep() {
  const { control } = useFormContext<WizardValues>();
  const hc = useWatch({ control, name: "healthCheck" });
  const summary = describeHealthCheck(hc);
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
          hint={`Requested on each check. Default ${HEALTH_CHECK_DEFAULTS.Path}.`}
          autoComplete="off"
          className="max-w-md"
        />
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        {NUMBERS.map((n) => (
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
