/**
 * How many instances each service ran, and since when: one row per change, in the emulator's
 * SQLite database (so the history survives a restart, as CloudWatch's does). The ActiveInstances
 * metric is read from it (get-metric-data.ts).
 */
import type { Db } from "../store/open-database";

export type CountChange = { atMs: number; count: number };

/** CloudWatch keeps one-minute data for 15 days; older changes are dropped. */
const RETENTION_MS = 15 * 24 * 60 * 60 * 1000;

export class InstanceHistory {
  private readonly s;
  private writes = 0;

  constructor(db: Db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS instance_counts (
        service_arn TEXT NOT NULL,
        at_ms INTEGER NOT NULL,
        count INTEGER NOT NULL
      );
      CREATE INDEX IF NOT EXISTS instance_counts_by_service ON instance_counts (service_arn, at_ms);
    `);
    this.s = {
      last: db.prepare<[string], CountChange>(
        "SELECT at_ms AS atMs, count FROM instance_counts WHERE service_arn = ? ORDER BY at_ms DESC, rowid DESC LIMIT 1",
      ),
      insert: db.prepare<[string, number, number]>(
        "INSERT INTO instance_counts (service_arn, at_ms, count) VALUES (?, ?, ?)",
      ),
      // The change in force at `from` (the last one before it) and every change up to `to`.
      range: db.prepare<[string, number, string, number, number], CountChange>(`
        SELECT atMs, count FROM (
          SELECT at_ms AS atMs, count, rowid FROM instance_counts
            WHERE service_arn = ? AND at_ms <= ? ORDER BY at_ms DESC, rowid DESC LIMIT 1
        )
        UNION ALL
        SELECT at_ms AS atMs, count FROM instance_counts
          WHERE service_arn = ? AND at_ms > ? AND at_ms < ?
        ORDER BY atMs
      `),
      running: db.prepare<[], { service_arn: string }>(`
        SELECT service_arn FROM instance_counts c
          WHERE rowid = (SELECT rowid FROM instance_counts WHERE service_arn = c.service_arn
                         ORDER BY at_ms DESC, rowid DESC LIMIT 1)
            AND count > 0
      `),
      prune: db.prepare<[number]>("DELETE FROM instance_counts WHERE at_ms < ?"),
    };
  }

  /** Notes a service's instance count, if it changed. */
  record(serviceArn: string, count: number, atMs = Date.now()): void {
    const last = this.s.last.get(serviceArn);
    if (last?.count === count) return;
    this.s.insert.run(serviceArn, atMs, count);
    if (++this.writes % 1_000 === 0) this.s.prune.run(atMs - RETENTION_MS);
  }

  /**
   * At start and at close nothing runs: services that had instances get a 0, so a stop (or a
   * crash) shows as a gap to zero rather than the old count carried on. The runtime's own counts
   * follow as it brings services back up.
   */
  nothingRuns(atMs = Date.now()): void {
    for (const { service_arn } of this.s.running.all()) this.record(service_arn, 0, atMs);
  }

  /** The changes that shape [fromMs, toMs): the one in force at the start, then each after. */
  changes(serviceArn: string, fromMs: number, toMs: number): CountChange[] {
    return this.s.range.all(serviceArn, fromMs, serviceArn, fromMs, toMs);
  }
}
