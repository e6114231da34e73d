"use client";

import { pageErrorBoundary } from "@/components/ui/page-error";

import { RESOURCE_LISTS, type ResourceListKey } from "./resource-kinds";

/** A resource page's error.tsx: an unexpected failure, with the way back to its list. */
export function resourceErrorBoundary(list: ResourceListKey) {
  const { href, backLabel } = RESOURCE_LISTS[list];
  return pageErrorBoundary(
    "Something went wrong",
    "This page could not be shown. Try again in a moment.",
    { href, label: backLabel },
  );
}
