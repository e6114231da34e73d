"use client";

import { useWatch } from "react-hook-form";

import { reviewSections } from "@/lib/apprunner/form/review-sections";
import { toCreateServiceInput } from "@/lib/apprunner/form/to-create-service-input";
import type { WizardValues } from "@/lib/apprunner/form/wizard-schema";

import { CreateServiceForm } from "../create-service-form";
import { RequestPreview } from "../request-preview";
import { ReviewSectionsList } from "../review-sections-list";
import { useServiceNameCheck } from "../use-service-name-check";
import { useWizard } from "../wizard-context";

export function ReviewStep() {
  const values = useWatch() as WizardValues;
  const { validator, choices } = useWizard();
  const problems = validator?.validateWizard(values) ?? [];
  const name = values.service.name.trim();
  // The Service step lets a taken name through (the server decides); say it again here.
  const nameTaken = useServiceNameCheck(name).taken;
  const warnings: Record<string, string> = nameTaken
    ? { "service.name": `a service named ${name} already exists, so App Runner will refuse it.` }
    : {};
  return (
    <div className="space-y-6">
      <ReviewSectionsList sections={reviewSections(values, choices)} warnings={warnings} />
      <RequestPreview input={toCreateServiceInput(values)} />
      <CreateServiceForm values={values} problems={problems} />
    </div>
  );
}
