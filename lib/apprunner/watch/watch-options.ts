import type { BackoffOptions } from "./backoff";
import type { ServiceSnapshot } from "./wire";

export type WatchOptions = {
  /** Poll period while an operation is in progress (or just after an action). */
  activeIntervalMs: number;
  /** Poll period while the service is stable. */
  idleIntervalMs: number;
  /** How long fast polling continues after an action was taken from this dashboard. */
  nudgeActiveMs: number;
  /** How long a watch outlives its last viewer, so a reconnecting viewer finds its ring intact. */
  lingerMs: number;
  /** Back-off after throttling or server errors; the base is the normal poll period. */
  maxBackoffMs: number;
  /** Log lines kept per stream for viewers that connect or reconnect later. */
  ringLines: number;
  /** Log pages read per stream in one poll, so one huge log cannot stall the loop. */
  maxLogPagesPerPoll: number;
  /** Poll loops the whole server runs at once; more services than this wait. */
  maxLoops: number;
  /** Live streams one viewer may hold open at once. */
  streamsPerViewer: number;
  /**
   * Live streams of everyone together (each holds a connection and a little memory); also the
   * one local person's cap when sign-in is off, since they are everyone.
   */
  maxStreams: number;
  /** Distinct services one viewer may watch (or have asked about) within `serviceWindowMs`. */
  servicesPerViewer: number;
  serviceWindowMs: number;
  /** How long a service App Runner called not-found is answered "gone" without asking again. */
  goneMemoryMs: number;
  /**
   * Given each new snapshot, to keep the service's configuration history (the dashboard's is
   * lib/apprunner/api/record-revision.ts). Unset: no history, as in tests of the loop alone.
   */
  recordRevision?: (snapshot: ServiceSnapshot) => Promise<void>;
};

export const DEFAULT_WATCH_OPTIONS: WatchOptions = {
  // Under a second keeps "operation ended → viewers see it" below a second at the 95th percentile.
  activeIntervalMs: 800,
  idleIntervalMs: 12_000,
  nudgeActiveMs: 15_000,
  lingerMs: 5_000,
  maxBackoffMs: 60_000,
  ringLines: 1_000,
  maxLogPagesPerPoll: 10,
  // App Runner's default quota is 30 services per region: room for several accounts' worth.
  maxLoops: 100,
  // A browser opens at most 6 connections per host over HTTP/1.1; a person rarely needs more.
  streamsPerViewer: 20,
  // The live-stream bench holds 1,000 viewers of one service on one server.
  maxStreams: 5_000,
  servicesPerViewer: 20,
  serviceWindowMs: 60_000,
  goneMemoryMs: 60_000,
};

export function backoffFor(normalMs: number, options: WatchOptions): BackoffOptions {
  return { baseMs: normalMs, maxMs: Math.max(normalMs, options.maxBackoffMs) };
}
