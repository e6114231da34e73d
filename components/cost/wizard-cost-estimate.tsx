"use client";

import { useQuery } from "@tanstack/react-query";
import { useFormContext, useWatch } from "react-hook-form";

import { useWizardMode } from "@/components/wizard/wizard-mode";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { DEFAULT_AUTO_SCALING } from "@/lib/apprunner/constants";
import type { WizardValues } from "@/lib/apprunner/form/wizard-values";
import { assumptionsKey } from "@/lib/cost/assumption-storage";
import { sizesProblem, type TypedSizes } from "@/lib/cost/scaling-sizes";
import { wizardQueries } from "@/lib/query/wizard-queries";

import { CostEstimateCard } from "./cost-estimate-card";
import { useStoredText } from "./use-stored-text";

/** The region of an App Runner ARN (arn:aws:apprunner:REGION:account:…), if it is one. */
function regionOf(arn: string | undefined): string | undefined {
  return arn?.split(":")[3] || undefined;
}

type Sizes = TypedSizes;

function sizesKey(arn: string): string {
  return `runnerdeck:cost-sizes:v1:${arn}`;
}

/**
 * A configuration of one's own: the pickers' list has no instance counts, so the person types
 * them (kept per configuration, like the assumptions).
 */
function useTypedSizes(arn: string): [Sizes, (next: Sizes) => void] {
  const [raw, write] = useStoredText(sizesKey(arn));
  let sizes: Sizes = {
    min: String(DEFAULT_AUTO_SCALING.MinSize),
    max: String(DEFAULT_AUTO_SCALING.MaxSize),
  };
  try {
    const s = JSON.parse(raw ?? "null") as Partial<Sizes> | null;
    if (s && typeof s.min === "string" && typeof s.max === "string")
      sizes = { min: s.min, max: s.max };
  } catch {
    // Unreadable: start from the defaults.
  }
  return [sizes, (next) => write(JSON.stringify(next))];
}

/** The estimate on the wizard's Instance and Review steps, for the values in the form. */
export function WizardCostEstimate() {
  const { control } = useFormContext<WizardValues>();
  const [cpu, memory, mode, scalingArn, sourceType, autoDeployments] = useWatch({
    control,
    name: [
      "instance.cpu",
      "instance.memory",
      "instance.autoScaling",
      "instance.autoScalingArn",
      "source.type",
      "source.autoDeployments",
    ],
  });
  const wizardMode = useWizardMode();
  const editArn = wizardMode.kind === "edit" ? wizardMode.target.serviceArn : undefined;
  // The wizard has no region of its own; App Runner's ARNs carry it.
  const configs = useQuery(wizardQueries.autoScalingConfigurations());
  const region = regionOf(editArn) ?? regionOf(configs.data?.[0]?.arn);
  const [typed, setTyped] = useTypedSizes(scalingArn || "none");
  const own = mode === "existing";
  const problem = own ? sizesProblem(typed) : undefined;
  const minSize = own && !problem ? Number(typed.min) : DEFAULT_AUTO_SCALING.MinSize;
  const maxSize = own && !problem ? Number(typed.max) : DEFAULT_AUTO_SCALING.MaxSize;
  const configName = configs.data?.find((c) => c.arn === scalingArn)?.name;
  const scalingNote = own
    ? `Instances: ${minSize}–${maxSize}, as typed below for ${configName ?? "your auto scaling configuration"}`
    : `Instances: ${minSize}–${maxSize}, App Runner's default auto scaling`;

  return (
    <CostEstimateCard
      input={{
        region,
        cpu,
        memory,
        minSize,
        maxSize,
        source: sourceType,
        // As the request sends it (AutoDeploymentsEnabled).
        autoDeployments,
      }}
      storageKey={assumptionsKey(editArn)}
      scalingNote={scalingNote}
    >
      {own && (
        <div className="grid gap-3 sm:grid-cols-2">
          <Field
            id="cost-min-size"
            label="Minimum instances (MinSize)"
            hint="Provisioned instances: kept all month."
            error={problem?.field === "min" ? problem.message : undefined}
          >
            {(c) => (
              <Input
                {...c}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                value={typed.min}
                onChange={(e) => setTyped({ ...typed, min: e.target.value })}
              />
            )}
          </Field>
          <Field
            id="cost-max-size"
            label="Maximum instances (MaxSize)"
            hint="The most instances App Runner starts."
            error={problem?.field === "max" ? problem.message : undefined}
          >
            {(c) => (
              <Input
                {...c}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                value={typed.max}
                onChange={(e) => setTyped({ ...typed, max: e.target.value })}
              />
            )}
          </Field>
        </div>
      )}
    </CostEstimateCard>
  );
}
