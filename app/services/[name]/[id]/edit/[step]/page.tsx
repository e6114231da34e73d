import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ComponentType } from "react";

import { BuildStep } from "@/components/wizard/steps/build-step";
import { EditReviewStep } from "@/components/wizard/steps/edit-review-step";
import { HealthCheckStep } from "@/components/wizard/steps/health-check-step";
import { InstanceStep } from "@/components/wizard/steps/instance-step";
import { NetworkStep } from "@/components/wizard/steps/network-step";
import { ServiceStep } from "@/components/wizard/steps/service-step";
import { SourceStep } from "@/components/wizard/steps/source-step";
import { STEPS, type StepId } from "@/lib/apprunner/form/steps";

/** The create wizard's steps, and a review that shows the change instead of the whole. */
const STEP_PAGES: Record<StepId, ComponentType> = {
  source: SourceStep,
  build: BuildStep,
  instance: InstanceStep,
  network: NetworkStep,
  "health-check": HealthCheckStep,
  service: ServiceStep,
  review: EditReviewStep,
};

type Params = { params: Promise<{ name: string; step: string }> };

function stepOf(id: string) {
  return STEPS.find((s) => s.id === id);
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { name, step } = await params;
  return { title: `Edit ${decodeURIComponent(name)}: ${stepOf(step)?.title ?? "Not found"}` };
}

export default async function EditStepPage({ params }: Params) {
  const step = stepOf((await params).step);
  if (!step) notFound();
  const Step = STEP_PAGES[step.id];
  return <Step />;
}
