import { describe, expect, it } from "vitest";

import { blankValues } from "@/lib/apprunner/form/defaults";
import { clearDraft, DRAFT_KEY, readDraft, writeDraft } from "@/lib/apprunner/form/draft-storage";
import { parseWizardValues } from "@/lib/apprunner/form/wizard-schema";

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

describe("the draft in the browser", () => {
  it("comes back exactly as it was saved, under the versioned key", () => {
    const storage = memoryStorage();
    const values = blankValues();
    values.service.name = "kept";
    values.build.env = [{ name: "A", value: "1", kind: "plain" }];
    const savedAt = writeDraft(values, "health-check", storage);
    expect(storage.items.has("runnerdeck:wizard-draft:v1")).toBe(true);
    expect(readDraft(parseWizardValues, storage)).toEqual({
      savedAt,
      values,
      step: "health-check",
    });
  });

  it("remembers the step last saved, so Continue draft returns there", () => {
    const storage = memoryStorage();
    writeDraft(blankValues(), "build", storage);
    writeDraft(blankValues(), "review", storage);
    expect(readDraft(parseWizardValues, storage)?.step).toBe("review");
  });

  it("starts a draft without a known step (saved before steps were kept) at Source", () => {
    const storage = memoryStorage();
    const values = blankValues();
    values.service.name = "older";
    storage.setItem(DRAFT_KEY, JSON.stringify({ savedAt: "2026-01-01T00:00:00.000Z", values }));
    expect(readDraft(parseWizardValues, storage)).toMatchObject({ step: "source", values });
    storage.setItem(
      DRAFT_KEY,
      JSON.stringify({ savedAt: "2026-01-01T00:00:00.000Z", values, step: "billing" }),
    );
    expect(readDraft(parseWizardValues, storage)?.step).toBe("source");
  });

  it("is ignored when it no longer fits the form or isn't JSON", () => {
    const storage = memoryStorage();
    storage.setItem(DRAFT_KEY, JSON.stringify({ savedAt: "x", values: { source: 1 } }));
    expect(readDraft(parseWizardValues, storage)).toBeUndefined();
    storage.setItem(DRAFT_KEY, "{not json");
    expect(readDraft(parseWizardValues, storage)).toBeUndefined();
  });

  it("is gone after Discard draft", () => {
    const storage = memoryStorage();
    writeDraft(blankValues(), "service", storage);
    clearDraft(storage);
    expect(readDraft(parseWizardValues, storage)).toBeUndefined();
  });

  it("doesn't break the form when storage refuses to write", () => {
    const full = {
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    expect(writeDraft(blankValues(), "source", full)).toBeUndefined();
  });
});
