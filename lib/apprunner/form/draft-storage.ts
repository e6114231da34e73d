import { STEPS, type StepId } from "./steps";
import type { WizardValues } from "./wizard-values";

export const DRAFT_KEY = "runnerdeck:wizard-draft:v1";

/**
 * An edit of an existing service: the service's `UpdatedAt` the form was opened on (the base
 * its diff is against) and, for a rollback, the history revision the values came from.
 */
export type EditDraftMeta = {
  baseUpdatedAt: string;
  restoredFrom?: { revisionId: number; recordedAt: string; operationType: string };
};

/** `step` is the step the person was last on, so "Continue draft" can return there. */
export type Draft = {
  savedAt: string;
  values: WizardValues;
  step: StepId;
  edit?: EditDraftMeta;
  /** An edit's base values, so an edit opened again on a newer base can be carried over. */
  base?: WizardValues;
};

/** Where the draft of an edit to one service is kept: one per service, beside the create draft. */
export function editDraftKey(serviceArn: string): string {
  return `runnerdeck:edit-draft:v1:${serviceArn}`;
}

// Drafts saved before the step was kept (or naming a step that no longer exists) start at
// the first step, as they always did.
function toStepId(value: unknown): StepId {
  return STEPS.find((s) => s.id === value)?.id ?? STEPS[0].id;
}

function toEditMeta(value: unknown): EditDraftMeta | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { baseUpdatedAt, restoredFrom } = value as Record<string, unknown>;
  if (typeof baseUpdatedAt !== "string") return undefined;
  const from = restoredFrom as EditDraftMeta["restoredFrom"] | undefined;
  const validFrom =
    from &&
    typeof from.revisionId === "number" &&
    typeof from.recordedAt === "string" &&
    typeof from.operationType === "string";
  return { baseUpdatedAt, ...(validFrom ? { restoredFrom: from } : {}) };
}

/**
 * The saved draft, or undefined when there is none or it no longer fits the form. `parse`
 * is the form schema's check, passed in so this module stays free of it (and of zod).
 */
export function readDraft(
  parse: (values: unknown) => WizardValues | undefined,
  storage: Pick<Storage, "getItem"> = localStorage,
  key: string = DRAFT_KEY,
): Draft | undefined {
  try {
    const raw = storage.getItem(key);
    if (!raw) return undefined;
    const data: unknown = JSON.parse(raw);
    if (typeof data !== "object" || data === null) return undefined;
    const { savedAt, values, step, edit, base } = data as {
      savedAt?: unknown;
      values?: unknown;
      step?: unknown;
      edit?: unknown;
      base?: unknown;
    };
    const parsed = parse(values);
    if (!parsed || typeof savedAt !== "string") return undefined;
    const meta = toEditMeta(edit);
    const parsedBase = base === undefined ? undefined : parse(base);
    return {
      savedAt,
      values: parsed,
      step: toStepId(step),
      ...(meta ? { edit: meta } : {}),
      ...(parsedBase ? { base: parsedBase } : {}),
    };
  } catch {
    return undefined;
  }
}

export function writeDraft(
  values: WizardValues,
  step: StepId,
  storage: Pick<Storage, "setItem"> = localStorage,
  key: string = DRAFT_KEY,
  edit?: EditDraftMeta,
  base?: WizardValues,
): string | undefined {
  const savedAt = new Date().toISOString();
  try {
    storage.setItem(
      key,
      JSON.stringify({
        savedAt,
        values,
        step,
        ...(edit ? { edit } : {}),
        ...(base ? { base } : {}),
      }),
    );
    return savedAt;
  } catch {
    // Storage full or disabled (private mode): the form still works, it just isn't kept.
    return undefined;
  }
}

export function clearDraft(
  storage: Pick<Storage, "removeItem"> = localStorage,
  key: string = DRAFT_KEY,
): void {
  try {
    storage.removeItem(key);
  } catch {
    // Nothing to clear when storage is disabled.
  }
}
