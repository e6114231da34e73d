"use client";

import { cn } from "@/lib/cn";

import { formatExact, formatRelative } from "./format-time";
import { useNow } from "./use-now";

/** "3 min ago", with the exact time on hover (and to assistive technology via `dateTime`). */
export function RelativeTime({
  value,
  className,
}: {
  value: string | number | undefined;
  className?: string;
}) {
  const now = useNow();
  if (value === undefined) return <span className={className}>—</span>;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return <span className={className}>—</span>;
  return (
    <time
      dateTime={date.toISOString()}
      title={formatExact(date)}
      className={cn("underline decoration-dotted underline-offset-2", className)}
      // Server and browser clocks (and locales) differ by a moment; the browser's reading wins.
      suppressHydrationWarning
    >
      {formatRelative(date, now)}
    </time>
  );
}
