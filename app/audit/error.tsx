"use client";

import { pageErrorBoundary } from "@/components/ui/page-error";

export default pageErrorBoundary(
  "The audit log could not be shown",
  "The dashboard's store did not answer. Try again in a moment.",
);
