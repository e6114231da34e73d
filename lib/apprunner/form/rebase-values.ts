import type { WizardValues } from "./wizard-values";

type Section = keyof WizardValues;

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Carries a person's edit over to a newer base (the service changed elsewhere since the form
 * opened): a field they changed keeps their value; a field they left alone takes the new base's,
 * so a change made elsewhere is never undone by a form that merely still held the old value.
 * Fields are compared whole (the variable list and the tag list are one field each), which can
 * only ever keep more of the person's edit, never less.
 */
export function rebaseValues(
  oldBase: WizardValues,
  mine: WizardValues,
  newBase: WizardValues,
): WizardValues {
  const result = structuredClone(newBase);
  for (const section of Object.keys(mine) as Section[]) {
    const target = result[section] as Record<string, unknown>;
    const edited = mine[section] as Record<string, unknown>;
    const before = oldBase[section] as Record<string, unknown>;
    for (const field of Object.keys(edited)) {
      if (!same(edited[field], before[field])) target[field] = structuredClone(edited[field]);
    }
  }
  return result;
}
