"use client";

import { PageError } from "@/components/ui/page-error";

export default function ServiceError({ reset }: { error: Error; reset: () => void }) {
  return (
    <PageError
      title="Something went wrong showing this service"
      message="The dashboard could not show the service. Try again in a moment."
      reset={reset}
      back={{ href: "/services", label: "All services" }}
    />
  );
}
