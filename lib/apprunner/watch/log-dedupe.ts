import type { LogLine } from "./wire";

/**
 * Drops lines already passed on. Log streams are append-only in time order, so remembering the
 * newest timestamp (and the lines at exactly that moment) is enough — even when a stream is
 * re-read from its start after a token stopped working.
 */
export class LogDedupe {
  private lastTimestamp = -Infinity;
  private atLast = new Set<string>();

  accept(line: LogLine): boolean {
    if (line.timestamp < this.lastTimestamp) return false;
    if (line.timestamp > this.lastTimestamp) {
      this.lastTimestamp = line.timestamp;
      this.atLast.clear();
    }
    if (this.atLast.has(line.message)) return false;
    this.atLast.add(line.message);
    return true;
  }
}
