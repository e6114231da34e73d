import { ASSUMPTION_KEYS, type Assumptions } from "./assumptions";

/** The texts typed into the assumption inputs, as typed (so a half-typed value survives too). */
export type AssumptionTexts = Partial<Record<keyof Assumptions, string>>;

/** Kept like the wizard's drafts: one entry for the create draft, one per service. */
export function assumptionsKey(serviceArn?: string): string {
  return serviceArn
    ? `runnerdeck:cost-assumptions:v1:${serviceArn}`
    : "runnerdeck:cost-assumptions:v1:draft";
}

export function readAssumptionTexts(
  key: string,
  storage: Pick<Storage, "getItem"> = localStorage,
): AssumptionTexts {
  try {
    const data: unknown = JSON.parse(storage.getItem(key) ?? "{}");
    if (typeof data !== "object" || data === null) return {};
    const texts: AssumptionTexts = {};
    for (const name of ASSUMPTION_KEYS) {
      const value = (data as Record<string, unknown>)[name];
      if (typeof value === "string") texts[name] = value;
    }
    return texts;
  } catch {
    return {};
  }
}

export function writeAssumptionTexts(
  key: string,
  texts: AssumptionTexts,
  storage: Pick<Storage, "setItem"> = localStorage,
): void {
  try {
    storage.setItem(key, JSON.stringify(texts));
  } catch {
    // Storage full or disabled (private mode): the estimate still works, it just isn't kept.
  }
}
