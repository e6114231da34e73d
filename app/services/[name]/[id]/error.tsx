"use client";

import Link from "next/link";

import { Button } from "@/components/ui/button";

export default function ServiceError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-semibold">Something went wrong showing this service</h1>
      <p role="alert">The dashboard could not show the service. Try again in a moment.</p>
      <div className="flex gap-3">
        <Button onClick={reset}>Try again</Button>
        <Link href="/services" className="self-center underline">
          All services
        </Link>
      </div>
    </div>
  );
}
