import type { z } from "zod";

import { buildStepRules, buildStepSchema } from "./build-step";
import type { FieldIssue, IssueSink } from "./field-checks";
import { healthCheckStepRules, healthCheckStepSchema } from "./health-check-step";
import { instanceStepRules, instanceStepSchema } from "./instance-step";
import { networkStepRules, networkStepSchema } from "./network-step";
import { serviceStepRules, serviceStepSchema } from "./service-step";
import { sourceStepRules, sourceStepSchema } from "./source-step";
import type { SectionKey, StepId } from "./steps";

/** Every step's schema composed into the whole form, as dub composes its onboarding steps. */
export const wizardSchema = sourceStepSchema.extend({
  ...buildStepSchema.shape,
  ...instanceStepSchema.shape,
  ...networkStepSchema.shape,
  ...healthCheckStepSchema.shape,
  ...serviceStepSchema.shape,
});

export type WizardValues = z.infer<typeof wizardSchema>;

type StepRules = (values: WizardValues, add: IssueSink) => void;

/** Rules per step: each may read other steps' answers (the build step needs the source type). */
const STEP_RULES: Record<SectionKey, StepRules> = {
  source: sourceStepRules,
  build: buildStepRules,
  instance: instanceStepRules,
  network: networkStepRules,
  healthCheck: healthCheckStepRules,
  service: serviceStepRules,
};

const SECTION_OF: Record<StepId, SectionKey | undefined> = {
  source: "source",
  build: "build",
  instance: "instance",
  network: "network",
  "health-check": "healthCheck",
  service: "service",
  review: undefined,
};

function check(sections: readonly SectionKey[], values: unknown): FieldIssue[] {
  const parsed = wizardSchema.safeParse(values);
  if (!parsed.success)
    // Only a tampered or outdated draft gets here: the controls can't produce wrong types.
    return parsed.error.issues.map((issue) => ({
      path: issue.path.join("."),
      message: "This value is not valid; choose or enter it again.",
    }));
  const issues: FieldIssue[] = [];
  const add: IssueSink = (path, message) => {
    // One message per field: the first problem is the one to fix.
    if (!issues.some((i) => i.path === path)) issues.push({ path, message });
  };
  for (const section of sections) STEP_RULES[section](parsed.data, add);
  return issues;
}

/** The problems on one step; the review step checks every step. */
export function validateStep(step: StepId, values: unknown): FieldIssue[] {
  const section = SECTION_OF[step];
  return section ? check([section], values) : validateWizard(values);
}

export function validateWizard(values: unknown): FieldIssue[] {
  return check(Object.keys(STEP_RULES) as SectionKey[], values);
}

/** Values that fit the form (e.g. a stored draft), or undefined. */
export function parseWizardValues(values: unknown): WizardValues | undefined {
  const parsed = wizardSchema.safeParse(values);
  return parsed.success ? parsed.data : undefined;
}

/** Whether a name would pass the model's ServiceName shape (for the as-typed name check). */
export { serviceNameConforms } from "./service-step";
