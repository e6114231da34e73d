import { toNestErrors } from "@hookform/resolvers";
import type { FieldError, FieldErrors, Resolver } from "react-hook-form";

import type { StepId } from "@/lib/apprunner/form/steps";
import { validateStep } from "@/lib/apprunner/form/wizard-schema";
import type { WizardValues } from "@/lib/apprunner/form/wizard-values";

/*
 * Everything the wizard loads after the first paint, and before any step renders (the provider
 * waits for it): the check, with the generated schemas, the form's starting values, and what
 * steps ask of App Runner's rules or say in the check's words. Keeping them here keeps them out
 * of each step's first load.
 */
export { blankValues } from "@/lib/apprunner/form/defaults";
export { IMAGE_EXAMPLES, SERVICE_NAME_HINT } from "@/lib/apprunner/form/form-messages";
export { autoDeployRefusal, dualStackRefusal } from "@/lib/apprunner/form/refused-choices";
export { parseWizardValues, serviceNameConforms } from "@/lib/apprunner/form/wizard-schema";

/** The step being checked; the review step checks them all. */
export type WizardResolverContext = { step: StepId };

/** react-hook-form's resolver on the wizard's check (the API's shapes and rules at the form's fields). */
export const wizardResolver: Resolver<WizardValues, WizardResolverContext> = (
  values,
  context,
  options,
) => {
  const issues = validateStep(context?.step ?? "review", values);
  if (!issues.length) return { values, errors: {} };
  const flat: FieldErrors = Object.fromEntries(
    issues.map((i): [string, FieldError] => [i.path, { type: "validate", message: i.message }]),
  );
  return { values: {}, errors: toNestErrors(flat, options) };
};
