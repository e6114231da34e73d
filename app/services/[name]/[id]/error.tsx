"use client";

import { pageErrorBoundary } from "@/components/ui/page-error";

export default pageErrorBoundary(
  "Something went wrong showing this service",
  "The dashboard could not show the service. Try again in a moment.",
);
