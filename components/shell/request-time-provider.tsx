"use client";

import type { ReactNode } from "react";

import { RequestTimeContext } from "@/components/ui/use-now";

/** Hands the server's request time to the browser's first render (see `useNow`). */
export function RequestTimeProvider({ time, children }: { time: number; children: ReactNode }) {
  return <RequestTimeContext value={time}>{children}</RequestTimeContext>;
}
