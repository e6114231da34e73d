"use client";

import { createContext, useContext } from "react";
import { useFormState } from "react-hook-form";

import type { EditDraftMeta } from "@/lib/apprunner/form/draft-storage";
import type { StepId } from "@/lib/apprunner/form/steps";
import type { WizardValues } from "@/lib/apprunner/form/wizard-values";

import { errorAt } from "./field-errors";
import type { WizardPath } from "./wizard-path";

/** The wizard's check, loaded after the first paint (zod is not part of the first load). */
export type Validator = typeof import("./wizard-check");

export type WizardContextValue = {
  /** The check, once loaded. */
  validator: Validator | undefined;
  /** Bumped on every failed "Next", so the summary takes focus each time. */
  attempt: number;
  /** Validate the current step (react-hook-form's `trigger`); true when it has no problems. */
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
  /**
   * While editing a service: the base the diff is against, the draft's notes (the base's
   * UpdatedAt, the revision a rollback came from), and whether the edit was carried over to a
   * newer base because the service changed elsewhere.
   */
  edit: { base: WizardValues; meta: EditDraftMeta; rebased: boolean } | undefined;
  /** The service changed elsewhere: keep the person's changes on top of the new base. */
  rebaseEdit: (base: WizardValues, baseUpdatedAt: string) => void;
};

export const WizardContext = createContext<WizardContextValue | null>(null);

export function useWizard(): WizardContextValue {
  const value = useContext(WizardContext);
  if (!value) throw new Error("useWizard must be used inside <WizardProvider>");
  return value;
}

/**
 * The message for one field from react-hook-form's errors (the step's check or the server's).
 * `path` may name a whole list (`service.tags`) or a field the form holds as two
 * (`instance.size`).
 */
export function useFieldIssue(path: string): string | undefined {
  const { errors } = useFormState<WizardValues>({ name: path as WizardPath });
  return errorAt(errors, path);
}

export function loadValidator(): Promise<Validator> {
  return import("./wizard-check");
}

/** The check module; steps render only once it has loaded (the provider waits for it). */
export function useWizardCheck(): Validator {
  const { validator } = useWizard();
  if (!validator) throw new Error("The wizard's check is not loaded yet");
  return validator;
}
