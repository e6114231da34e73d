import type { LogLine } from "./wire";

/** Lines a browser keeps per stream; older ones scroll away (the download has them all). */
export const MAX_KEPT_LINES = 5_000;

const key = (line: LogLine) => `${line.timestamp}\u0000${line.message}`;

/**
 * Adds lines to a log, in time order, each line once: a reconnecting stream or a fallback poll
 * may deliver lines the browser already has.
 */
export function mergeLogLines(current: LogLine[] | undefined, incoming: LogLine[]): LogLine[] {
  if (!current || current.length === 0) return dedupe(incoming).slice(-MAX_KEPT_LINES);
  const seen = new Set(current.map(key));
  const fresh = incoming.filter((line) => {
    const k = key(line);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  if (fresh.length === 0) return current;
  const merged = [...current, ...fresh];
  const last = current.at(-1)!.timestamp;
  // Usually new lines are later than all old ones; sort (stably) only when they are not.
  if (fresh.some((line) => line.timestamp < last)) merged.sort((a, b) => a.timestamp - b.timestamp);
  return merged.slice(-MAX_KEPT_LINES);
}

function dedupe(lines: LogLine[]): LogLine[] {
  const seen = new Set<string>();
  return lines.filter((line) => {
    const k = key(line);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
