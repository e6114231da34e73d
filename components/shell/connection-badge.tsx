import { Cloud, CloudOff, Laptop, Server } from "lucide-react";

import type { ConnectionStatus } from "@/lib/apprunner/connection-status";
import { cn } from "@/lib/cn";

function describe(status: ConnectionStatus): { label: string; detail?: string } {
  switch (status.kind) {
    case "emulator":
      return status.available
        ? { label: "Local emulator" }
        : { label: "Local emulator · unavailable", detail: "The embedded emulator is not running" };
    case "aws":
      return { label: `AWS · ${status.region}` };
    case "endpoint":
      return { label: `Endpoint · ${status.region}`, detail: status.endpoint };
  }
}

export function ConnectionBadge({ status }: { status: ConnectionStatus }) {
  const { label, detail } = describe(status);
  const Icon = !status.available
    ? CloudOff
    : status.kind === "aws"
      ? Cloud
      : status.kind === "emulator"
        ? Laptop
        : Server;
  return (
    <p
      className={cn(
        "inline-flex items-center gap-1.5 rounded-full border px-2.5 py-1 text-xs font-medium",
        status.available
          ? "border-emerald-700/30 bg-emerald-50 text-emerald-900 dark:border-emerald-400/30 dark:bg-emerald-950 dark:text-emerald-100"
          : "border-amber-700/40 bg-amber-50 text-amber-900 dark:border-amber-400/40 dark:bg-amber-950 dark:text-amber-100",
      )}
      data-testid="connection-badge"
      title={detail}
    >
      <Icon aria-hidden="true" className="size-3.5" />
      <span>{label}</span>
      {status.kind === "endpoint" && (
        <span className="font-mono font-normal">{status.endpoint}</span>
      )}
    </p>
  );
}
