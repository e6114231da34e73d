"use client";

import { useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";

import { mergeLogLines } from "@/lib/apprunner/watch/merge-log-lines";
import { newerSnapshot } from "@/lib/apprunner/watch/merge-snapshot";
import { getLiveTab } from "@/lib/live/browser-live-tab";
import type { Connection } from "@/lib/live/live-connection";
import type { LogBatch, ServiceSnapshot, WatchHealth } from "@/lib/apprunner/watch/wire";
import { SNAPSHOT_FALLBACK_MS, serviceQueries, type LogData } from "@/lib/query/service-queries";

export type { Connection } from "@/lib/live/live-connection";

export type StreamState = {
  connection: Connection;
  /** When data last arrived (ms). */
  lastUpdate: number | undefined;
  /** What the server says about its own link to App Runner. */
  health: WatchHealth;
};

function applySnapshot(client: QueryClient, arn: string, snapshot: ServiceSnapshot): void {
  client.setQueryData<ServiceSnapshot>(serviceQueries.detail(arn).queryKey, (old) =>
    newerSnapshot(old, snapshot),
  );
}

function applyLog(client: QueryClient, arn: string, batch: LogBatch): void {
  client.setQueryData<LogData>(serviceQueries.log(arn, batch.stream).queryKey, (old) => ({
    lines: mergeLogLines(old?.lines, batch.lines),
  }));
}

async function pollOnce(client: QueryClient, arn: string): Promise<void> {
  const q = encodeURIComponent(arn);
  const response = await fetch(`/api/services/snapshot?arn=${q}`, { cache: "no-store" });
  if (!response.ok) throw new Error(String(response.status));
  const snapshot = (await response.json()) as ServiceSnapshot;
  applySnapshot(client, arn, snapshot);
  const streams = ["events"];
  if (snapshot.operations[0]?.Id) streams.push(`deployment/${snapshot.operations[0].Id}`);
  await Promise.all(
    streams.map(async (stream) => {
      const r = await fetch(`/api/services/logs?arn=${q}&stream=${encodeURIComponent(stream)}`, {
        cache: "no-store",
      });
      if (r.ok) applyLog(client, arn, (await r.json()) as LogBatch);
    }),
  );
}

/**
 * Keeps the service's cache entries current from the browser's one live connection, shared by
 * every live view in every tab (lib/live; docs/live-stream.md). While this service can't be
 * streamed (the stream keeps failing, or the server refused it) the view says so and polls the
 * snapshot route instead, until the stream carries it again. Older data never replaces newer
 * (see `newerSnapshot`).
 */
export function useServiceStream(arn: string): StreamState {
  const client = useQueryClient();
  const [state, setState] = useState<StreamState>({
    connection: "connecting",
    lastUpdate: undefined,
    health: { state: "ok" },
  });

  useEffect(() => {
    let pollTimer: ReturnType<typeof setInterval> | undefined;
    const update = (patch: Partial<StreamState>) => setState((s) => ({ ...s, ...patch }));

    const stopPolling = () => {
      if (pollTimer) clearInterval(pollTimer);
      pollTimer = undefined;
    };
    const startPolling = () => {
      if (pollTimer) return;
      const tick = () =>
        pollOnce(client, arn).then(
          () => update({ lastUpdate: Date.now() }),
          () => {},
        );
      void tick();
      pollTimer = setInterval(tick, SNAPSHOT_FALLBACK_MS);
    };

    const leave = getLiveTab().subscribe(arn, (message) => {
      if (message.kind === "connection") {
        setState((s) => (s.connection === message.connection ? s : { ...s, ...message }));
        if (message.connection === "offline") startPolling();
        else if (message.connection === "live") stopPolling();
        return;
      }
      if (message.event === "status") return update({ health: message.data as WatchHealth });
      if (message.event === "service") applySnapshot(client, arn, message.data as ServiceSnapshot);
      else applyLog(client, arn, message.data as LogBatch);
      update({ connection: "live", lastUpdate: Date.now() });
    });
    return () => {
      leave();
      stopPolling();
    };
  }, [arn, client]);

  return state;
}
