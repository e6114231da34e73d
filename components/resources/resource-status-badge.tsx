import {
  CircleCheck,
  CircleHelp,
  CircleMinus,
  CircleX,
  Clock,
  LoaderCircle,
  Trash2,
  type LucideIcon,
} from "lucide-react";

import { cn } from "@/lib/cn";

type Tone = "good" | "busy" | "bad" | "quiet";
type Display = { label: string; icon: LucideIcon; tone: Tone; spin?: boolean };

/**
 * The statuses of App Runner's other resources (connections, configurations, VPC connectors and
 * ingress connections) in words with an icon. Service statuses keep their own badge.
 */
export const RESOURCE_STATUS_DISPLAY: Record<string, Display> = {
  PENDING_HANDSHAKE: { label: "Pending handshake", icon: Clock, tone: "busy" },
  AVAILABLE: { label: "Available", icon: CircleCheck, tone: "good" },
  ERROR: { label: "Error", icon: CircleX, tone: "bad" },
  DELETED: { label: "Deleted", icon: Trash2, tone: "quiet" },
  ACTIVE: { label: "Active", icon: CircleCheck, tone: "good" },
  INACTIVE: { label: "Inactive (deleted)", icon: CircleMinus, tone: "quiet" },
  PENDING_CREATION: { label: "Being created", icon: LoaderCircle, tone: "busy", spin: true },
  PENDING_UPDATE: { label: "Being updated", icon: LoaderCircle, tone: "busy", spin: true },
  PENDING_DELETION: { label: "Being deleted", icon: LoaderCircle, tone: "busy", spin: true },
  FAILED_CREATION: { label: "Creation failed", icon: CircleX, tone: "bad" },
  FAILED_UPDATE: { label: "Update failed", icon: CircleX, tone: "bad" },
  FAILED_DELETION: { label: "Deletion failed", icon: CircleX, tone: "bad" },
};

// The same tones as the service status badge, so a status reads alike everywhere.
const TONES: Record<Tone, string> = {
  good: "border-emerald-700/30 bg-emerald-50 text-emerald-900 dark:border-emerald-400/30 dark:bg-emerald-950 dark:text-emerald-100",
  busy: "border-sky-700/30 bg-sky-50 text-sky-900 dark:border-sky-400/30 dark:bg-sky-950 dark:text-sky-100",
  bad: "border-red-700/40 bg-red-50 text-red-900 dark:border-red-400/40 dark:bg-red-950 dark:text-red-100",
  quiet:
    "border-zinc-400/60 bg-zinc-100 text-zinc-800 dark:border-zinc-600 dark:bg-zinc-800 dark:text-zinc-100",
};

/** A resource's status in words with an icon — never colour alone. */
export function ResourceStatusBadge({ status }: { status: string | undefined }) {
  const display: Display = (status && RESOURCE_STATUS_DISPLAY[status]) || {
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
