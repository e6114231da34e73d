import { describe, expect, it } from "vitest";

import { blankValues } from "@/lib/apprunner/form/defaults";
import {
  clearDraft,
  DRAFT_KEY,
  editDraftKey,
  readDraft,
  writeDraft,
} from "@/lib/apprunner/form/draft-storage";
import { rebaseValues } from "@/lib/apprunner/form/rebase-values";
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

describe("the draft of an edit", () => {
  it("is kept per service, apart from the create draft, with the base it was opened on", () => {
    const storage = memoryStorage();
    const values = blankValues();
    values.build.port = "9000";
    const arn = "arn:aws:apprunner:us-east-1:123456789012:service/web/0123456789abcdef";
    const edit = {
      baseUpdatedAt: "2026-12-01T10:00:00.000Z",
      restoredFrom: {
        revisionId: 3,
        recordedAt: "2026-11-30T09:00:00.000Z",
        operationType: "UPDATE_SERVICE",
      },
    };
    writeDraft(values, "review", storage, editDraftKey(arn), edit);
    expect(readDraft(parseWizardValues, storage)).toBeUndefined();
    expect(readDraft(parseWizardValues, storage, editDraftKey(arn))).toMatchObject({
      step: "review",
      values,
      edit,
    });
    expect(readDraft(parseWizardValues, storage, editDraftKey(`${arn}x`))).toBeUndefined();
  });
});

describe("rebasing an edit onto a service changed elsewhere", () => {
  it("keeps what the person changed and takes the new base for what they left alone", () => {
    const oldBase = blankValues();
    oldBase.build.port = "8080";
    oldBase.instance.cpu = "1024";
    const mine = structuredClone(oldBase);
    mine.build.port = "9000";
    const newBase = structuredClone(oldBase);
    newBase.instance.cpu = "2048";
    newBase.instance.memory = "4096";
    const rebased = rebaseValues(oldBase, mine, newBase);
    expect(rebased.build.port).toBe("9000");
    expect(rebased.instance.cpu).toBe("2048");
    expect(rebased.instance.memory).toBe("4096");
  });

  it("leaves a field both changed at the person's value", () => {
    const oldBase = blankValues();
    const mine = structuredClone(oldBase);
    mine.build.env = [{ name: "A", value: "mine", kind: "plain" }];
    const newBase = structuredClone(oldBase);
    newBase.build.env = [{ name: "A", value: "theirs", kind: "plain" }];
    expect(rebaseValues(oldBase, mine, newBase).build.env).toEqual(mine.build.env);
  });
});
