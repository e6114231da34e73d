"use client";

import { useWatch } from "react-hook-form";

import { reviewSections } from "@/lib/apprunner/form/review-sections";
import { toCreateServiceInput } from "@/lib/apprunner/form/to-create-service-input";
import type { WizardValues } from "@/lib/apprunner/form/wizard-schema";

import { CreateServiceForm } from "../create-service-form";
import { RequestPreview } from "../request-preview";
import { ReviewSectionsList } from "../review-sections-list";
import { useWizard } from "../wizard-context";

export function ReviewStep() {
  const values = useWatch() as WizardValues;
  const { validator, choices } = useWizard();
  const problems = validator?.validateWizard(values) ?? [];
  return (
    <div className="space-y-6">
      <ReviewSectionsList sections={reviewSections(values, choices)} />
      <RequestPreview input={toCreateServiceInput(values)} />
      <CreateServiceForm values={values} problems={problems} />
    </div>
  );
}
