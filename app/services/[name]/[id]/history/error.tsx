"use client";

import { pageErrorBoundary } from "@/components/ui/page-error";

export default pageErrorBoundary(
  "Something went wrong showing this service's history",
  "The dashboard could not show the history. Try again in a moment.",
);
