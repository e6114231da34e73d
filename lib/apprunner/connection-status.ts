import "server-only";

import { connection as requestTime } from "next/server";

import { describeConnection, getSettings, type Connection } from "@/lib/env";

export type ConnectionStatus = Connection & { available: boolean };

/**
 * What the badge shows. For the embedded emulator it also asks whether the emulator answers,
 * so the badge never claims a connection that does not exist.
 */
export async function getConnectionStatus(): Promise<ConnectionStatus> {
  // Read at request time, never baked into a prerendered page.
  await requestTime();
  const connection = describeConnection(getSettings());
  if (connection.kind !== "emulator") return { ...connection, available: true };
  if (!connection.endpoint) return { ...connection, available: false };
  try {
    const response = await fetch(new URL("/__emulator/health", connection.endpoint), {
      cache: "no-store",
      signal: AbortSignal.timeout(1_000),
    });
    return { ...connection, available: response.ok };
  } catch {
    return { ...connection, available: false };
  }
}
