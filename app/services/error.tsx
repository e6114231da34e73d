"use client";

import { PageError } from "@/components/ui/page-error";

/** Also catches errors of pages below /services that have no boundary of their own. */
export default function ServicesError({ reset }: { error: Error; reset: () => void }) {
  return (
    <PageError
      title="Something went wrong"
      message="This page could not be shown. Try again in a moment."
      reset={reset}
      back={{ href: "/services", label: "All services" }}
    />
  );
}
