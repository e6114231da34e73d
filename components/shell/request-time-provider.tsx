"use client";

import type { PropsWithChildren } from "react";

import { RequestTimeContext } from "@/components/ui/use-now";

/** Hands the server's request time to the browser's first render (see `useNow`). */
export function RequestTimeProvider({ time, children }: PropsWithChildren<{ time: number }>) {
  return <RequestTimeContext value={time}>{children}</RequestTimeContext>;
}
