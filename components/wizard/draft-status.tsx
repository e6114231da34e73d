"use client";

import { useRouter } from "next/navigation";

import { Button } from "@/components/ui/button";

import { useWizard } from "./wizard-context";

/** Says where the draft lives and lets the person throw it away. */
export function DraftStatus() {
  const { savedAt, discardDraft } = useWizard();
  const router = useRouter();
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-zinc-700 dark:text-zinc-300">
      <p aria-live="polite">
        {savedAt
          ? `Draft saved in this browser at ${new Date(savedAt).toLocaleTimeString()}.`
          : "Your answers are kept as a draft in this browser."}
      </p>
      <Button
        variant="ghost"
        className="min-h-7 px-2 py-0.5 text-xs underline"
        onClick={() => {
          discardDraft();
          router.push("/services/new");
        }}
      >
        Discard draft
      </Button>
    </div>
  );
}
