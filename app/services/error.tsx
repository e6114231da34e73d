"use client";

import Link from "next/link";

import { Button } from "@/components/ui/button";

/** Also catches errors of pages below /services that have no boundary of their own. */
export default function ServicesError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p role="alert">This page could not be shown. Try again in a moment.</p>
      <div className="flex gap-3">
        <Button onClick={reset}>Try again</Button>
        <Link href="/services" className="self-center underline">
          All services
        </Link>
      </div>
    </div>
  );
}
