import { connection } from "next/server";
import type { ReactNode } from "react";

import { describeConnection, getSettings } from "@/lib/env";

import { BackendKindProvider } from "./backend-kind";
import { RequestTimeProvider } from "./request-time-provider";

/** When this request is handled; awaiting `connection()` keeps it out of any prerendered page. */
async function requestTime(): Promise<number> {
  await connection();
  return Date.now();
}

/** The facts of this request the client components need: its time, and the backend's kind. */
export async function RequestScope({ children }: { children: ReactNode }) {
  const time = await requestTime();
  const backend = describeConnection(getSettings()).kind;
  return (
    <RequestTimeProvider time={time}>
      <BackendKindProvider kind={backend}>{children}</BackendKindProvider>
    </RequestTimeProvider>
  );
}
