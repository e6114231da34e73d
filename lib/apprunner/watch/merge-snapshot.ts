import type { ServiceSnapshot } from "./wire";

/**
 * Which of two states to show. The newer version wins; on a tie the incoming one (it was read
 * later). So a slow poll reply or a replayed message never takes the page back in time.
 */
export function newerSnapshot(
  current: ServiceSnapshot | undefined,
  incoming: ServiceSnapshot,
): ServiceSnapshot {
  if (!current) return incoming;
  return incoming.version >= current.version ? incoming : current;
}
