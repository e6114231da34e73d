type TabEntry = { arns: readonly string[]; heard: number };

/**
 * Which services each tab of the browser has live views of, as the leader tab knows it from
 * their announcements. A tab that stops announcing (it crashed, or was frozen) is forgotten.
 */
export class SubscriptionTable {
  private readonly tabs = new Map<string, TabEntry>();

  /** A tab's whole set, as it announced it now. True when the union changed. */
  set(tab: string, arns: readonly string[], now: number): boolean {
    const before = this.key();
    if (arns.length === 0) this.tabs.delete(tab);
    else this.tabs.set(tab, { arns: [...new Set(arns)], heard: now });
    return this.key() !== before;
  }

  /** The tab has gone. True when the union changed. */
  drop(tab: string): boolean {
    const before = this.key();
    this.tabs.delete(tab);
    return this.key() !== before;
  }

  /** Forgets tabs not heard from since `oldest` (except `keep`, the leader). True on change. */
  prune(oldest: number, keep: string): boolean {
    const before = this.key();
    for (const [tab, entry] of this.tabs)
      if (tab !== keep && entry.heard < oldest) this.tabs.delete(tab);
    return this.key() !== before;
  }

  /** Every service some tab watches, each once: the longest-watched first. */
  union(): string[] {
    const all = new Set<string>();
    for (const { arns } of this.tabs.values()) for (const arn of arns) all.add(arn);
    return [...all];
  }

  /** The union as a set: the order alone changing is no change. */
  private key(): string {
    return this.union().sort().join("\n");
  }
}
