import {
  Circle,
  CircleCheck,
  CircleMinus,
  CircleX,
  LoaderCircle,
  type LucideIcon,
} from "lucide-react";

import { formatDuration } from "@/components/ui/format-time";
import { cn } from "@/lib/cn";
import type { Phase, PhaseStatus } from "@/lib/apprunner/deployment-phases";

const LOOK: Record<
  PhaseStatus,
  { icon: LucideIcon; word: string; className: string; spin?: boolean }
> = {
  done: { icon: CircleCheck, word: "Done", className: "text-emerald-700 dark:text-emerald-400" },
  active: {
    icon: LoaderCircle,
    word: "In progress",
    className: "text-sky-700 dark:text-sky-400",
    spin: true,
  },
  failed: { icon: CircleX, word: "Failed", className: "text-red-700 dark:text-red-400" },
  pending: { icon: Circle, word: "Not started", className: "text-zinc-500 dark:text-zinc-400" },
  skipped: { icon: CircleMinus, word: "Skipped", className: "text-zinc-500 dark:text-zinc-400" },
};

/** The phases of an operation as an ordered list, each with its state in words and its time. */
export function OperationTimeline({
  phases,
  totalMs,
}: {
  phases: Phase[];
  totalMs: number | undefined;
}) {
  return (
    <div className="space-y-2">
      {/* On a phone the phases are compact rows; from `sm` up, cards side by side. */}
      <ol
        className="grid gap-0.5 sm:grid-cols-2 sm:gap-2 lg:grid-cols-3 xl:grid-cols-6"
        aria-label="Phases"
      >
        {phases.map((phase) => {
          const look = LOOK[phase.status];
          const Icon = look.icon;
          return (
            <li
              key={phase.key}
              data-phase={phase.key}
              data-status={phase.status}
              aria-current={phase.status === "active" ? "step" : undefined}
              className={cn(
                "flex items-center gap-2 rounded-md px-2 py-1 sm:items-start sm:border sm:px-3 sm:py-2",
                phase.status === "active" && "bg-sky-50 sm:border-sky-600 dark:bg-sky-950",
                phase.status === "failed" && "bg-red-50 sm:border-red-600 dark:bg-red-950",
                (phase.status === "done" ||
                  phase.status === "pending" ||
                  phase.status === "skipped") &&
                  "sm:border-zinc-300 dark:sm:border-zinc-700",
              )}
            >
              <Icon
                aria-hidden="true"
                className={cn(
                  "size-4 shrink-0 sm:mt-0.5",
                  look.className,
                  look.spin && "motion-safe:animate-spin",
                )}
              />
              <div className="flex min-w-0 flex-1 flex-wrap items-baseline justify-between gap-x-2 sm:block">
                <p className="text-sm font-medium">{phase.label}</p>
                <p className="text-xs text-zinc-700 dark:text-zinc-300">
                  <span>{look.word}</span>
                  {phase.durationMs !== undefined && phase.key !== "done" && (
                    <> · {formatDuration(phase.durationMs)}</>
                  )}
                </p>
              </div>
            </li>
          );
        })}
      </ol>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        Total:{" "}
        <span
          className="font-medium text-zinc-900 dark:text-zinc-100"
          data-testid="operation-total"
        >
          {formatDuration(totalMs)}
        </span>
      </p>
    </div>
  );
}
