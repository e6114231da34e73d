"use client";

import { ResourceError } from "@/components/resources/resource-error";

export default function RouteError({ reset }: { error: Error; reset: () => void }) {
  return <ResourceError reset={reset} list="auto-scaling" />;
}
