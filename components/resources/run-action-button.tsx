"use client";

import { useState, useTransition, type ReactNode } from "react";

import { Button } from "@/components/ui/button";

import type { ResourceActionResult } from "./resource-action-result";

/** A one-click action (e.g. Set default) that announces its outcome, or App Runner's refusal. */
export function RunActionButton({
  action,
  children,
}: {
  action: () => Promise<ResourceActionResult>;
  children: ReactNode;
}) {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ResourceActionResult | undefined>();
  return (
    <div className="flex flex-col items-start gap-1">
      <Button
        variant="secondary"
        disabled={pending}
        onClick={() => startTransition(async () => setResult(await action()))}
      >
        {children}
      </Button>
      <p
        role="status"
        className={
          result && !result.ok ? "text-sm font-medium text-red-700 dark:text-red-400" : "text-sm"
        }
      >
        {pending ? "Working…" : result?.message}
      </p>
    </div>
  );
}
