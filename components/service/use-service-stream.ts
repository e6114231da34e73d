"use client";

import { useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";

import { mergeLogLines } from "@/lib/apprunner/watch/merge-log-lines";
import { newerSnapshot } from "@/lib/apprunner/watch/merge-snapshot";
import type { LogBatch, ServiceSnapshot, WatchHealth } from "@/lib/apprunner/watch/wire";
import { SNAPSHOT_FALLBACK_MS, serviceQueries, type LogData } from "@/lib/query/service-queries";

export type Connection = "connecting" | "live" | "reconnecting" | "offline";

export type StreamState = {
  connection: Connection;
  /** When data last arrived (ms). */
  lastUpdate: number | undefined;
  /** What the server says about its own link to App Runner. */
  health: WatchHealth;
};

/** Failed reconnects before the page stops waiting for the stream and polls instead. */
const ERRORS_BEFORE_OFFLINE = 4;
/** While offline, how often to try the stream again. */
const STREAM_RETRY_MS = 10_000;

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
 * Keeps the service's cache entries current from the live stream (one EventSource per open
 * page). If the stream fails it says so and polls the snapshot route instead, trying the stream
 * again now and then. Older data never replaces newer (see `newerSnapshot`).
 */
export function useServiceStream(arn: string): StreamState {
  const client = useQueryClient();
  const [state, setState] = useState<StreamState>({
    connection: "connecting",
    lastUpdate: undefined,
    health: { state: "ok" },
  });

  useEffect(() => {
    let source: EventSource | undefined;
    let lastEventId: string | undefined;
    let errors = 0;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let pollTimer: ReturnType<typeof setInterval> | undefined;
    const update = (patch: Partial<StreamState>) => setState((s) => ({ ...s, ...patch }));
    const received = () => update({ connection: "live", lastUpdate: Date.now() });

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

    const connect = () => {
      const params = new URLSearchParams({ arn });
      // A new EventSource does not resend Last-Event-ID by itself; the route also reads it here.
      if (lastEventId) params.set("lastEventId", lastEventId);
      const es = new EventSource(`/api/services/events?${params}`);
      source = es;
      es.onopen = () => {
        errors = 0;
        stopPolling();
        update({ connection: "live" });
      };
      es.addEventListener("service", (e) => {
        lastEventId = e.lastEventId || lastEventId;
        applySnapshot(client, arn, JSON.parse(e.data) as ServiceSnapshot);
        received();
      });
      es.addEventListener("log", (e) => {
        lastEventId = e.lastEventId || lastEventId;
        applyLog(client, arn, JSON.parse(e.data) as LogBatch);
        received();
      });
      es.addEventListener("status", (e) => {
        lastEventId = e.lastEventId || lastEventId;
        update({ health: JSON.parse(e.data) as WatchHealth });
      });
      es.onerror = () => {
        errors += 1;
        if (es.readyState === EventSource.CLOSED || errors >= ERRORS_BEFORE_OFFLINE) {
          es.close();
          update({ connection: "offline" });
          startPolling();
          retryTimer = setTimeout(connect, STREAM_RETRY_MS);
        } else {
          update({ connection: "reconnecting" });
        }
      };
    };

    connect();
    return () => {
      source?.close();
      stopPolling();
      if (retryTimer) clearTimeout(retryTimer);
    };
  }, [arn, client]);

  return state;
}
