"use client";

import { CircleAlert, Radio, RefreshCw, WifiOff } from "lucide-react";

import { cn } from "@/lib/cn";

import type { StreamState } from "./use-service-stream";

const LOOKS = {
  connecting: {
    label: "Connecting",
    icon: RefreshCw,
    className: "text-zinc-700 dark:text-zinc-300",
  },
  live: { label: "Live", icon: Radio, className: "text-emerald-800 dark:text-emerald-300" },
  reconnecting: {
    label: "Reconnecting",
    icon: RefreshCw,
    className: "text-amber-800 dark:text-amber-300",
  },
  offline: { label: "Offline", icon: WifiOff, className: "text-red-800 dark:text-red-300" },
} as const;

function clock(ms: number): string {
  return new Date(ms).toLocaleTimeString(undefined, {
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  });
}

/** "Live / Reconnecting / Offline", the time of the last update, and any trouble upstream. */
export function LiveIndicator({ stream }: { stream: StreamState }) {
  const look = LOOKS[stream.connection];
  const Icon = look.icon;
  const { health } = stream;
  return (
    <div
      className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm"
      data-testid="live-indicator"
    >
      {/* Only the connection state is announced; the ticking time would be noise. */}
      <span
        role="status"
        className={cn("inline-flex items-center gap-1.5 font-medium", look.className)}
      >
        <Icon aria-hidden="true" className="size-4" />
        <span data-testid="live-state">{look.label}</span>
        {stream.connection === "offline" && (
          <span className="font-normal text-zinc-700 dark:text-zinc-300">
            — the live stream is unavailable; checking every few seconds instead.
          </span>
        )}
        {health.state === "degraded" && stream.connection === "live" && (
          <span className="inline-flex items-center gap-1 font-normal text-amber-800 dark:text-amber-300">
            <CircleAlert aria-hidden="true" className="size-4" />
            {health.reason} Retrying in {Math.ceil(health.retryInMs / 1000)} s.
          </span>
        )}
      </span>
      {stream.lastUpdate !== undefined && (
        <span className="text-zinc-700 dark:text-zinc-300">
          Last update {clock(stream.lastUpdate)}
        </span>
      )}
    </div>
  );
}
