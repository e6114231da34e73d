"use client";

import { useId, useState, useTransition, type ReactNode } from "react";

import { useRoleRefusal } from "@/components/shell/viewer-context";
import { Button } from "@/components/ui/button";

import type { ResourceActionResult } from "./resource-action-result";

/**
 * A one-click action (e.g. Set default) that announces its outcome, or App Runner's refusal.
 * It stays in place, disabled with the reason, once it no longer applies, so the outcome stays
 * readable after the page re-renders.
 */
export function RunActionButton({
  action,
  disabledReason,
  children,
}: {
  action: () => Promise<ResourceActionResult>;
  disabledReason?: string | undefined;
  children: ReactNode;
}) {
  // The role's reason first: a resource page's actions are the admins'.
  const reason = useRoleRefusal("manageResources") ?? disabledReason;
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ResourceActionResult | undefined>();
  const reasonId = useId();
  return (
    <div className="flex max-w-md flex-col items-start gap-1">
      <Button
        variant="secondary"
        disabled={pending || Boolean(reason)}
        aria-describedby={reason ? reasonId : undefined}
        onClick={() => startTransition(async () => setResult(await action()))}
      >
        {children}
      </Button>
      {reason && (
        <span id={reasonId} className="text-xs text-zinc-700 dark:text-zinc-300">
          {reason}
        </span>
      )}
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
