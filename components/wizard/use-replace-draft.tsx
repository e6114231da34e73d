"use client";

import { useState, type ReactNode } from "react";
import { useFormContext } from "react-hook-form";

import { onDemand } from "@/components/ui/on-demand";
import type { WizardValues } from "@/lib/apprunner/form/wizard-values";

import { sameValues } from "./same-values";
import { useWizard } from "./wizard-context";

// Only a start over a draft asks, so the dialog loads then, not with the page.
const ConfirmDialog = onDemand(() =>
  import("@/components/ui/confirm-dialog").then((m) => m.ConfirmDialog),
);

export type ReplaceQuestion = {
  values: WizardValues;
  /** What replaces the draft, in words: "a blank form", "a copy of api". */
  what: string;
  onReplaced: () => void;
  onKept?: () => void;
};

/**
 * Starting over (blank, a preset, an import, a duplicate) replaces the whole form. When a draft
 * with answers in it exists, this asks first — keep the draft or replace it — so a click on the
 * start page never loses work silently. `dialog` is to be rendered by the caller.
 */
export function useReplaceDraft(): {
  replace: (question: ReplaceQuestion) => void;
  dialog: ReactNode;
} {
  const { savedAt, startWith } = useWizard();
  const { getValues } = useFormContext<WizardValues>();
  const [asking, setAsking] = useState<ReplaceQuestion>();
  // The dialog stays mounted once asked, so closing it returns focus to the button pressed.
  const [open, setOpen] = useState(false);

  function go({ values, onReplaced }: ReplaceQuestion) {
    startWith(values);
    onReplaced();
  }

  async function replace(question: ReplaceQuestion) {
    // Loaded when asked, not with the start page.
    const { blankValues } = await import("@/lib/apprunner/form/defaults");
    const hasInput = savedAt !== undefined && !sameValues(getValues(), blankValues());
    if (!hasInput) {
      go(question);
      return;
    }
    setAsking(question);
    setOpen(true);
  }

  const dialog = asking && (
    <ConfirmDialog
      open={open}
      title="Replace your draft?"
      confirmLabel="Replace draft"
      cancelLabel="Keep draft"
      onConfirm={() => {
        setOpen(false);
        go(asking);
      }}
      onClose={() => {
        setOpen(false);
        asking.onKept?.();
      }}
    >
      <p>
        Your draft{savedAt ? `, saved at ${new Date(savedAt).toLocaleString()},` : ""} would be
        replaced by {asking.what}. A replaced draft can&apos;t be brought back.
      </p>
    </ConfirmDialog>
  );
  return { replace, dialog };
}
