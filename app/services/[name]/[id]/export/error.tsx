"use client";

import { pageErrorBoundary } from "@/components/ui/page-error";

export default pageErrorBoundary(
  "Something went wrong exporting this service",
  "The dashboard could not export the service. Try again in a moment.",
);
