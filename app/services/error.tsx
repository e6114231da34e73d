"use client";

import { Button } from "@/components/ui/button";

export default function ServicesError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-semibold">Services</h1>
      <p role="alert">The list of services could not be shown. Try again in a moment.</p>
      <Button onClick={reset}>Try again</Button>
    </div>
  );
}
