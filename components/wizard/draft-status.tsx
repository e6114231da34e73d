"use client";

import { useRouter } from "next/navigation";

import { Button } from "@/components/ui/button";

import { useWizard } from "./wizard-context";
import { useWizardMode } from "./wizard-mode";

/**
 * Says where the draft lives and lets the person throw it away (an edit's: back to the
 * service's page, the service untouched).
 */
export function DraftStatus({ leaveHref }: { leaveHref: string }) {
  const { savedAt, discardDraft } = useWizard();
  const editing = useWizardMode().kind === "edit";
  const router = useRouter();
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-zinc-700 dark:text-zinc-300">
      <p aria-live="polite">
        {savedAt
          ? `${editing ? "Changes" : "Draft"} saved in this browser at ${new Date(savedAt).toLocaleTimeString()}.`
          : editing
            ? "Your changes are kept as a draft in this browser until you apply or discard them."
            : "Your answers are kept as a draft in this browser."}
      </p>
      <Button
        variant="ghost"
        className="min-h-7 px-2 py-0.5 text-xs underline"
        onClick={() => {
          discardDraft();
          router.push(leaveHref);
        }}
      >
        {editing ? "Discard changes" : "Discard draft"}
      </Button>
    </div>
  );
}
