import type { ResourceStore, TimerRow } from "../store/resource-store";

export type TimerAction = (payload: unknown, row: TimerRow) => void;

/**
 * Runs timed state changes stored in the `timers` table. One Node timer is armed for the
 * earliest row; because the rows are in SQLite, a restart picks up where the last run stopped
 * (rows already due run at once, in order).
 */
export class Scheduler {
  private handle: NodeJS.Timeout | undefined;
  private armedFor = Number.POSITIVE_INFINITY;
  private stopped = false;

  constructor(
    private readonly store: ResourceStore,
    private readonly actions: Record<string, TimerAction>,
  ) {}

  add(dueAt: number, action: string, payload: unknown): void {
    this.store.insertTimer(dueAt, action, JSON.stringify(payload));
    if (dueAt < this.armedFor) this.arm(dueAt);
  }

  start(): void {
    this.stopped = false;
    this.rearm();
  }

  stop(): void {
    this.stopped = true;
    if (this.handle) clearTimeout(this.handle);
    this.handle = undefined;
    this.armedFor = Number.POSITIVE_INFINITY;
  }

  private rearm(): void {
    const next = this.store.nextTimerDue();
    if (next === undefined) {
      if (this.handle) clearTimeout(this.handle);
      this.handle = undefined;
      this.armedFor = Number.POSITIVE_INFINITY;
      return;
    }
    this.arm(next);
  }

  private arm(dueAt: number): void {
    if (this.stopped) return;
    if (this.handle) clearTimeout(this.handle);
    this.armedFor = dueAt;
    // Timers over ~24 days overflow; the emulator never plans that far, but stay safe.
    const delay = Math.min(Math.max(0, dueAt - Date.now()), 2 ** 31 - 1);
    this.handle = setTimeout(() => this.fire(), delay);
  }

  private fire(): void {
    this.handle = undefined;
    this.armedFor = Number.POSITIVE_INFINITY;
    if (this.stopped) return;
    try {
      this.runDue();
    } catch (error) {
      // The database itself failed (disk full, closed): keep serving, retry a little later.
      console.error("emulator: could not apply planned changes:", error);
      this.arm(Date.now() + 1_000);
      return;
    }
    this.rearm();
  }

  private runDue(): void {
    for (;;) {
      const due = this.store.dueTimers(Date.now(), 200);
      if (due.length === 0) return;
      // One transaction per batch (each row in its own savepoint): under load thousands of
      // steps fall due each second, and a commit per step would cost more than the steps.
      this.store.transaction(() => {
        for (const row of due) {
          try {
            this.store.transaction(() => this.actions[row.action]?.(JSON.parse(row.payload), row));
          } catch (error) {
            // A broken row must not wedge every later change: report it and drop it.
            console.error(`emulator: timer ${row.action} failed:`, error);
          }
          this.store.deleteTimer(row.id);
        }
      });
      if (due.length < 200) return;
    }
  }
}
