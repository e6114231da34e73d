"use client";

import Link from "next/link";

import { Button } from "@/components/ui/button";

import { RESOURCE_LISTS, type ResourceListKey } from "./resource-kinds";

/** An unexpected failure of a resource's page; the details stay on the server. */
export function ResourceError({ reset, list }: { reset: () => void; list: ResourceListKey }) {
  const { href, backLabel } = RESOURCE_LISTS[list];
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p role="alert">This page could not be shown. Try again in a moment.</p>
      <div className="flex flex-wrap gap-3">
        <Button onClick={reset}>Try again</Button>
        <Link href={href} className="self-center underline">
          {backLabel}
        </Link>
      </div>
    </div>
  );
}
