"use client";

import { PageError } from "@/components/ui/page-error";

/**
 * Your draft is in this browser, so a failed page load loses nothing; say so. PageError is the
 * services boundary's own, so it is already in the wizard's first load.
 */
export default function WizardError({ reset }: { error: Error; reset: () => void }) {
  return (
    <PageError
      title="The wizard could not be shown"
      message="Your draft is still saved in this browser. Try again."
      reset={reset}
      back={{ href: "/services", label: "All services" }}
    />
  );
}
