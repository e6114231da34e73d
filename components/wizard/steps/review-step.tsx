"use client";

import Link from "next/link";
import { useEffect } from "react";
import { useFormContext, useWatch } from "react-hook-form";

import { DraftExport } from "@/components/export/draft-export";
import { buttonClasses } from "@/components/ui/button";
import { onDemand } from "@/components/ui/on-demand";
import { reviewSections } from "@/lib/apprunner/form/review-sections";
import { toCreateServiceInput } from "@/lib/apprunner/form/to-create-service-input";
import type { WizardValues } from "@/lib/apprunner/form/wizard-values";

import { CreateServiceForm } from "../create-service-form";
import { RequestPreview } from "../request-preview";
import { ReviewSectionsList } from "../review-sections-list";
import { useServiceNameCheck } from "../use-service-name-check";
import { useStepPath } from "../wizard-mode";

const WizardCostEstimate = onDemand(() =>
  import("@/components/cost/wizard-cost-estimate").then((m) => m.WizardCostEstimate),
);

export function ReviewStep() {
  const values = useWatch() as WizardValues;
  const { trigger } = useFormContext<WizardValues>();
  const pathOf = useStepPath();
  // Every step is checked again here, so a problem left on a step skipped over shows.
  useEffect(() => {
    void trigger();
  }, [trigger]);
  const name = values.service.name.trim();
  const input = toCreateServiceInput(values);
  // The Service step lets a taken name through (the server decides); say it again here.
  const nameTaken = useServiceNameCheck(name).taken;
  const warnings: Record<string, string> = nameTaken
    ? { "service.name": `a service named ${name} already exists, so App Runner will refuse it.` }
    : {};
  return (
    <div className="space-y-6">
      <ReviewSectionsList sections={reviewSections(values)} warnings={warnings} />
      <WizardCostEstimate />
      <RequestPreview
        requests={[{ command: "create-service", input }]}
        fileName={`${input.ServiceName || "service"}-create-service.json`}
      />
      <DraftExport input={input} />
      {/* Back before the primary action, in reading and Tab order, as on every other step. */}
      <div className="flex flex-wrap items-end gap-3 border-t border-zinc-200 pt-4 dark:border-zinc-800">
        <Link href={pathOf("service")} className={buttonClasses("secondary")}>
          Back
        </Link>
        <div className="min-w-0 flex-1">
          <CreateServiceForm values={values} />
        </div>
      </div>
    </div>
  );
}
