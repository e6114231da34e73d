import type { OperationStatus, ServiceStatus } from "@aws-sdk/client-apprunner";
import { CirclePause, CircleHelp, OctagonX, TriangleAlert, Undo2 } from "lucide-react";

import { cn } from "@/lib/cn";

import {
  done,
  failed,
  removal,
  waiting,
  working,
  type StatusDisplay,
  type StatusDisplays,
  type Tone,
} from "./status-display";

/** Every service and operation status App Runner has, each with words and an icon. */
export const STATUS_DISPLAY: StatusDisplays<ServiceStatus | OperationStatus> = {
  RUNNING: done("Running"),
  OPERATION_IN_PROGRESS: working("Operation in progress"),
  PAUSED: { label: "Paused", icon: CirclePause, tone: "quiet" },
  CREATE_FAILED: failed("Create failed"),
  DELETE_FAILED: { label: "Delete failed", icon: TriangleAlert, tone: "bad" },
  DELETED: removal("Deleted"),
  PENDING: waiting("Pending"),
  IN_PROGRESS: working("In progress"),
  SUCCEEDED: done("Succeeded"),
  FAILED: failed("Failed"),
  ROLLBACK_IN_PROGRESS: { label: "Rolling back", icon: Undo2, tone: "warn", spin: false },
  ROLLBACK_SUCCEEDED: { label: "Rolled back", icon: Undo2, tone: "warn" },
  ROLLBACK_FAILED: { label: "Rollback failed", icon: OctagonX, tone: "bad" },
};

const TONES: Record<Tone, string> = {
  good: "border-emerald-700/30 bg-emerald-50 text-emerald-900 dark:border-emerald-400/30 dark:bg-emerald-950 dark:text-emerald-100",
  busy: "border-sky-700/30 bg-sky-50 text-sky-900 dark:border-sky-400/30 dark:bg-sky-950 dark:text-sky-100",
  bad: "border-red-700/40 bg-red-50 text-red-900 dark:border-red-400/40 dark:bg-red-950 dark:text-red-100",
  warn: "border-amber-700/40 bg-amber-50 text-amber-900 dark:border-amber-400/40 dark:bg-amber-950 dark:text-amber-100",
  quiet:
    "border-zinc-400/60 bg-zinc-100 text-zinc-800 dark:border-zinc-600 dark:bg-zinc-800 dark:text-zinc-100",
};

export function statusLabel(status: string | undefined): string {
  return (status && STATUS_DISPLAY[status as ServiceStatus]?.label) || status || "Unknown";
}

/**
 * A status in words with an icon — never colour alone. Service and operation statuses by
 * default; other resources pass their own `displays`, so every status reads alike.
 */
export function StatusBadge({
  status,
  displays = STATUS_DISPLAY,
  className,
}: {
  status: string | undefined;
  displays?: StatusDisplays;
  className?: string;
}) {
  const display: StatusDisplay = (status && displays[status]) || {
    label: status ?? "Unknown",
    icon: CircleHelp,
    tone: "quiet",
  };
  const Icon = display.icon;
  return (
    <span
      className={cn(
        "inline-flex items-center gap-1 whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-medium",
        TONES[display.tone],
        className,
      )}
      data-status={status}
    >
      <Icon
        aria-hidden="true"
        className={cn("size-3.5 shrink-0", display.spin && "motion-safe:animate-spin")}
      />
      {display.label}
    </span>
  );
}
