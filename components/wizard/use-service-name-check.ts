"use client";

import { useQuery } from "@tanstack/react-query";

import { wizardQueries } from "@/lib/query/wizard-queries";

import { useWizard } from "./wizard-context";

/**
 * Whether a service already has this name, as far as the dashboard can tell. Both answers are
 * false until the name fits the pattern and the check has come back. Advice only: the server
 * action is the judge at submit.
 */
export function useServiceNameCheck(name: string): { taken: boolean; available: boolean } {
  const { validator } = useWizard();
  const valid = validator?.serviceNameConforms(name) ?? false;
  const check = useQuery({ ...wizardQueries.serviceName(name), enabled: valid });
  return {
    taken: valid && check.data?.taken === true,
    available: valid && check.data?.taken === false,
  };
}
