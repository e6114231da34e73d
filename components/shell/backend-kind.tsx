"use client";

import { createContext, useContext, type ReactNode } from "react";

import type { Connection } from "@/lib/env";

const BackendKindContext = createContext<Connection["kind"] | undefined>(undefined);

/** Tells client components what the dashboard is connected to, as the header's badge says. */
export function BackendKindProvider({
  kind,
  children,
}: {
  kind: Connection["kind"];
  children: ReactNode;
}) {
  return <BackendKindContext value={kind}>{children}</BackendKindContext>;
}

/** "emulator", "aws" or "endpoint"; undefined outside the shell. */
export function useBackendKind(): Connection["kind"] | undefined {
  return useContext(BackendKindContext);
}
