export type ViewerLimitOptions = {
  /** Live streams one viewer may hold open at once. */
  streamsPerViewer: number;
  /** Distinct services one viewer may watch (or have asked about) within `serviceWindowMs`. */
  servicesPerViewer: number;
  /** How long a service a viewer asked about keeps counting after its last stream closed. */
  serviceWindowMs: number;
};

export type ViewerRefusal = { reason: "too-many-streams" | "too-many-services"; message: string };

type Seen = { open: number; lastSeen: number };

/**
 * What each viewer (a signed-in person, or the one local person) is watching. Each service a
 * viewer asks about costs an upstream read before anyone knows whether it exists, so both the
 * open streams and the distinct services asked about recently are capped: a page of made-up
 * ARNs cannot make the server poll AWS for each of them.
 */
export class ViewerLimits {
  private readonly viewers = new Map<string, Map<string, Seen>>();
  private lastSweep = -Infinity;

  constructor(
    private readonly options: ViewerLimitOptions,
    private readonly now: () => number,
  ) {}

  /**
   * Why `viewer` may not open a stream on `arn` now, or undefined when they may. `maxStreams`
   * replaces the per-viewer stream cap (for the one local person when sign-in is off).
   */
  check(
    viewer: string,
    arn: string,
    maxStreams = this.options.streamsPerViewer,
  ): ViewerRefusal | undefined {
    const seen = this.pruned(viewer);
    let streams = 0;
    for (const entry of seen.values()) streams += entry.open;
    if (streams >= maxStreams)
      return {
        reason: "too-many-streams",
        message: `You already have ${streams} live views open; close some pages and try again.`,
      };
    if (!seen.has(arn) && seen.size >= this.options.servicesPerViewer)
      return {
        reason: "too-many-services",
        message: `You are already watching ${seen.size} services; the limit is ${this.options.servicesPerViewer} within a minute. Close some pages and try again shortly.`,
      };
    return undefined;
  }

  /** Counts a stream of `viewer` on `arn` until the returned release is called (once). */
  take(viewer: string, arn: string): () => void {
    const now = this.now();
    const seen = this.pruned(viewer);
    const entry = seen.get(arn) ?? { open: 0, lastSeen: now };
    entry.open += 1;
    entry.lastSeen = now;
    seen.set(arn, entry);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      entry.open -= 1;
      entry.lastSeen = this.now();
    };
  }

  /** The viewer's services, without those whose window has passed. */
  private pruned(viewer: string): Map<string, Seen> {
    const now = this.now();
    // Now and then forget viewers with nothing left, so the map does not keep every session.
    if (now - this.lastSweep >= this.options.serviceWindowMs) {
      this.lastSweep = now;
      for (const [id, seen] of this.viewers) {
        this.prune(seen, now);
        if (seen.size === 0) this.viewers.delete(id);
      }
    }
    let seen = this.viewers.get(viewer);
    if (!seen) {
      seen = new Map();
      this.viewers.set(viewer, seen);
    }
    this.prune(seen, now);
    return seen;
  }

  private prune(seen: Map<string, Seen>, now: number): void {
    for (const [arn, entry] of seen) {
      if (entry.open <= 0 && now - entry.lastSeen >= this.options.serviceWindowMs) seen.delete(arn);
    }
  }
}
