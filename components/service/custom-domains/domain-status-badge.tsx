import type {
  CertificateValidationRecordStatus,
  CustomDomainAssociationStatus,
} from "@aws-sdk/client-apprunner";
import {
  CircleCheck,
  CircleHelp,
  CircleX,
  Clock,
  LoaderCircle,
  Trash2,
  TriangleAlert,
  type LucideIcon,
} from "lucide-react";

import { cn } from "@/lib/cn";

type Display = { label: string; icon: LucideIcon; tone: keyof typeof TONES; spin?: boolean };

const TONES = {
  good: "border-emerald-700/30 bg-emerald-50 text-emerald-900 dark:border-emerald-400/30 dark:bg-emerald-950 dark:text-emerald-100",
  busy: "border-sky-700/30 bg-sky-50 text-sky-900 dark:border-sky-400/30 dark:bg-sky-950 dark:text-sky-100",
  bad: "border-red-700/40 bg-red-50 text-red-900 dark:border-red-400/40 dark:bg-red-950 dark:text-red-100",
  quiet:
    "border-zinc-400/60 bg-zinc-100 text-zinc-800 dark:border-zinc-600 dark:bg-zinc-800 dark:text-zinc-100",
};

/** Every status of a custom domain and of its certificate records, in words with an icon. */
const DISPLAY: Record<CustomDomainAssociationStatus | CertificateValidationRecordStatus, Display> =
  {
    CREATING: { label: "Creating", icon: LoaderCircle, tone: "busy", spin: true },
    PENDING_CERTIFICATE_DNS_VALIDATION: {
      label: "Waiting for DNS validation",
      icon: Clock,
      tone: "busy",
    },
    BINDING_CERTIFICATE: {
      label: "Binding certificate",
      icon: LoaderCircle,
      tone: "busy",
      spin: true,
    },
    ACTIVE: { label: "Active", icon: CircleCheck, tone: "good" },
    CREATE_FAILED: { label: "Create failed", icon: CircleX, tone: "bad" },
    DELETING: { label: "Removing", icon: Trash2, tone: "quiet" },
    DELETE_FAILED: { label: "Remove failed", icon: TriangleAlert, tone: "bad" },
    PENDING_VALIDATION: { label: "Pending validation", icon: Clock, tone: "busy" },
    SUCCESS: { label: "Validated", icon: CircleCheck, tone: "good" },
    FAILED: { label: "Validation failed", icon: CircleX, tone: "bad" },
  };

/** A custom domain's or certificate record's status — never colour alone. */
export function DomainStatusBadge({ status }: { status: string | undefined }) {
  const display: Display = (status && DISPLAY[status as keyof typeof DISPLAY]) || {
    label: status ?? "Unknown",
    icon: CircleHelp,
    tone: "quiet",
  };
  const Icon = display.icon;
  return (
    <span
      className={cn(
        "inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium",
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
