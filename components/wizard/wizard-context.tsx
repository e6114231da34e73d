"use client";

import { createContext, useContext } from "react";

import type { FieldIssue } from "@/lib/apprunner/form/field-checks";
import type { StepId } from "@/lib/apprunner/form/steps";
import type { WizardChoices } from "@/lib/apprunner/form/wizard-choices";
import type { WizardValues } from "@/lib/apprunner/form/wizard-schema";

/** The form schema module, loaded after the first paint (zod is not part of the first load). */
export type Validator = typeof import("@/lib/apprunner/form/wizard-schema");

export type WizardContextValue = {
  /** The API's choices and defaults, computed on the server. */
  choices: WizardChoices;
  /** The form schema, once loaded. */
  validator: Validator | undefined;
  /** Problems found on the current step (after its first submit). */
  issues: readonly FieldIssue[];
  /** Problems the server reported at submit; each stays until its field is edited. */
  serverIssues: readonly FieldIssue[];
  setServerIssues: (issues: readonly FieldIssue[]) => void;
  /** Bumped on every failed "Next", so the summary takes focus each time. */
  attempt: number;
  /** Validate the current step; true when it has no problems. */
  checkStep: () => Promise<boolean>;
  /** When the draft was last written, or undefined before the first save. */
  savedAt: string | undefined;
  /** Whether a draft was restored when the wizard opened. */
  restored: boolean;
  /** The step the person was last on (this visit, or the restored draft's); "Continue draft" goes there. */
  lastStep: StepId;
  /** Replace everything (preset, import, duplicate) and save it as the draft. */
  startWith: (values: WizardValues) => void;
  discardDraft: () => void;
  /**
   * Marks a create request as sent (true) or answered with a problem (false). The draft is
   * cleared when the wizard is left while a request is out: that is the redirect to the new
   * service's page.
   */
  setSubmitting: (submitting: boolean) => void;
  /** A token per draft: the server creates at most one service per token. */
  submissionToken: string;
};

export const WizardContext = createContext<WizardContextValue | null>(null);

export function useWizard(): WizardContextValue {
  const value = useContext(WizardContext);
  if (!value) throw new Error("useWizard must be used inside <WizardProvider>");
  return value;
}

/** The message for one field, if the current step has a problem there. */
export function useFieldIssue(path: string): string | undefined {
  const { issues, serverIssues } = useWizard();
  return (
    issues.find((i) => i.path === path)?.message ??
    serverIssues.find((i) => i.path === path)?.message
  );
}

export function loadValidator(): Promise<Validator> {
  return import("@/lib/apprunner/form/wizard-schema");
}
