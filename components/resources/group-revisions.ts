/** One name's revisions, the newest first. */
export type RevisionGroup<T> = { name: string; revisions: T[] };

/**
 * Revisions grouped under their name, names in alphabetical order and the newest revision of
 * each first — the order the console lists them in.
 */
export function groupRevisions<T>(
  items: readonly T[],
  nameOf: (item: T) => string | undefined,
  revisionOf: (item: T) => number | undefined,
): RevisionGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = nameOf(item) ?? "";
    groups.set(name, [...(groups.get(name) ?? []), item]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, revisions]) => ({
      name,
      revisions: revisions.sort((a, b) => (revisionOf(b) ?? 0) - (revisionOf(a) ?? 0)),
    }));
}
