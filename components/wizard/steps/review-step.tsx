"use client";

import { useEffect } from "react";
import { useFormContext, useWatch } from "react-hook-form";

import { reviewSections } from "@/lib/apprunner/form/review-sections";
import { toCreateServiceInput } from "@/lib/apprunner/form/to-create-service-input";
import type { WizardValues } from "@/lib/apprunner/form/wizard-values";

import { CreateServiceForm } from "../create-service-form";
import { RequestPreview } from "../request-preview";
import { ReviewSectionsList } from "../review-sections-list";
import { useServiceNameCheck } from "../use-service-name-check";

export function ReviewStep() {
  const values = useWatch() as WizardValues;
  const { trigger } = useFormContext<WizardValues>();
  // Every step is checked again here, so a problem left on a step skipped over shows.
  useEffect(() => {
    void trigger();
  }, [trigger]);
  const name = values.service.name.trim();
  // The Service step lets a taken name through (the server decides); say it again here.
  const nameTaken = useServiceNameCheck(name).taken;
  const warnings: Record<string, string> = nameTaken
    ? { "service.name": `a service named ${name} already exists, so App Runner will refuse it.` }
    : {};
  return (
    <div className="space-y-6">
      <ReviewSectionsList sections={reviewSections(values)} warnings={warnings} />
      <RequestPreview input={toCreateServiceInput(values)} />
      <CreateServiceForm values={values} />
    </div>
  );
}
