import { STEPS, type StepId } from "./steps";
import type { WizardValues } from "./wizard-values";

export const DRAFT_KEY = "runnerdeck:wizard-draft:v1";

/** `step` is the step the person was last on, so "Continue draft" can return there. */
export type Draft = { savedAt: string; values: WizardValues; step: StepId };

// Drafts saved before the step was kept (or naming a step that no longer exists) start at
// the first step, as they always did.
function toStepId(value: unknown): StepId {
  return STEPS.find((s) => s.id === value)?.id ?? STEPS[0].id;
}

/**
 * The saved draft, or undefined when there is none or it no longer fits the form. `parse`
 * is the form schema's check, passed in so this module stays free of it (and of zod).
 */
export function readDraft(
  parse: (values: unknown) => WizardValues | undefined,
  storage: Pick<Storage, "getItem"> = localStorage,
): Draft | undefined {
  try {
    const raw = storage.getItem(DRAFT_KEY);
    if (!raw) return undefined;
    const data: unknown = JSON.parse(raw);
    if (typeof data !== "object" || data === null) return undefined;
    const { savedAt, values, step } = data as {
      savedAt?: unknown;
      values?: unknown;
      step?: unknown;
    };
    const parsed = parse(values);
    if (!parsed || typeof savedAt !== "string") return undefined;
    return { savedAt, values: parsed, step: toStepId(step) };
  } catch {
    return undefined;
  }
}

export function writeDraft(
  values: WizardValues,
  step: StepId,
  storage: Pick<Storage, "setItem"> = localStorage,
): string | undefined {
  const savedAt = new Date().toISOString();
  try {
    storage.setItem(DRAFT_KEY, JSON.stringify({ savedAt, values, step }));
    return savedAt;
  } catch {
    // Storage full or disabled (private mode): the form still works, it just isn't kept.
    return undefined;
  }
}

export function clearDraft(storage: Pick<Storage, "removeItem"> = localStorage): void {
  try {
    storage.removeItem(DRAFT_KEY);
  } catch {
    // Nothing to clear when storage is disabled.
  }
}
