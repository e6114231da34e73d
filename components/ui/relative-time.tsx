"use client";

import { useSyncExternalStore } from "react";

import { cn } from "@/lib/cn";

import { formatExact, formatRelative } from "./format-time";
import { useNow } from "./use-now";

const subscribeNever = () => () => {};

/** "3 min ago", with the exact time on hover (and to assistive technology via `dateTime`). */
export function RelativeTime({
  value,
  className,
}: {
  value: string | number | undefined;
  className?: string;
}) {
  const now = useNow();
  // The exact time is in the viewer's time zone, which the server does not know: it is added
  // once hydrated, so the server's HTML and the browser's first render agree.
  const hydrated = useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
  if (value === undefined) return <span className={className}>—</span>;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return <span className={className}>—</span>;
  return (
    <time
      dateTime={date.toISOString()}
      title={hydrated ? formatExact(date) : undefined}
      className={cn("underline decoration-dotted underline-offset-2", className)}
    >
      {formatRelative(date, now)}
    </time>
  );
}
