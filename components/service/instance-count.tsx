"use client";

import { useQuery } from "@tanstack/react-query";
import { Server } from "lucide-react";

import { serviceQueries } from "@/lib/query/service-queries";

/**
 * "Instances: N" from CloudWatch's ActiveInstances, read again every few seconds while the page
 * is open, so scaling out and in shows as it happens. Nothing at all when the metric can't be
 * read (no datapoint yet, no permission, a backend without metrics): never a guess or an error.
 */
export function InstanceCount({ arn }: { arn: string }) {
  const { data } = useQuery(serviceQueries.instances(arn));
  const count = data?.count;
  if (typeof count !== "number") return null;
  return (
    <p
      role="status"
      className="flex items-center gap-1.5 text-sm text-zinc-800 dark:text-zinc-200"
      data-testid="instance-count"
    >
      <Server aria-hidden="true" className="size-4 shrink-0" />
      Instances: {count}
    </p>
  );
}
