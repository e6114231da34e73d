"use client";

import { createContext, useContext } from "react";

import { CREATE_BASE_PATH, stepPath, type StepId } from "@/lib/apprunner/form/steps";
import type { WizardValues } from "@/lib/apprunner/form/wizard-values";

/** The service an edit changes, as the server read it when the edit opened. */
export type EditTarget = {
  serviceArn: string;
  serviceName: string;
  serviceId: string;
  /** The service's configuration and tags as form values: what the diff is against. */
  base: WizardValues;
  /** DescribeService's `UpdatedAt` (ISO) for `base`: a later one means someone changed it since. */
  baseUpdatedAt: string;
  /**
   * A service that failed to create: an update retries its deployment, so one may be sent with
   * no change at all (after the cause was fixed outside the configuration, say).
   */
  retryingCreate: boolean;
  /** The account's default auto scaling configuration: what going back to "default" sends. */
  defaultAutoScalingArn: string | undefined;
};

/** One wizard, two uses: building a new service, or changing an existing one. */
export type WizardMode =
  { kind: "create"; basePath: string } | { kind: "edit"; basePath: string; target: EditTarget };

export const CREATE_MODE: WizardMode = { kind: "create", basePath: CREATE_BASE_PATH };

export const WizardModeContext = createContext<WizardMode>(CREATE_MODE);

export function useWizardMode(): WizardMode {
  return useContext(WizardModeContext);
}

/** A step's address in the current wizard. */
export function useStepPath(): (id: StepId) => string {
  const { basePath } = useWizardMode();
  return (id) => stepPath(basePath, id);
}
