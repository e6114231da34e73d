"use client";

import { Button } from "@/components/ui/button";

/** Your draft is in this browser, so a failed page load loses nothing; say so. */
export default function WizardError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="space-y-3">
      <h1 className="text-2xl font-semibold">The wizard could not be shown</h1>
      <p>Your draft is still saved in this browser. Try again.</p>
      <Button onClick={reset}>Try again</Button>
    </div>
  );
}
