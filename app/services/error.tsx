"use client";

import { pageErrorBoundary } from "@/components/ui/page-error";

/** Also catches errors of pages below /services that have no boundary of their own. */
export default pageErrorBoundary(
  "Something went wrong",
  "This page could not be shown. Try again in a moment.",
);
