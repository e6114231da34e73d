"use client";

import { pageErrorBoundary } from "@/components/ui/page-error";

/**
 * Your draft is in this browser, so a failed page load loses nothing; say so. PageError is the
 * services boundary's own, so it is already in the wizard's first load.
 */
export default pageErrorBoundary(
  "The wizard could not be shown",
  "Your draft is still saved in this browser. Try again.",
);
