import type { HandlerContext } from "../context";
import type { ResourceKind, ResourceRow } from "../store/resource-store";
import { parseDoc } from "./lookup";

/** Reads a revision number from a stored doc; a doc without one counts as revision 0. */
type RevisionOf<D> = (doc: D) => number | undefined;

function highest<D>(rows: readonly ResourceRow[], revisionOf: RevisionOf<D>): number {
  return Math.max(0, ...rows.map((r) => revisionOf(parseDoc<D>(r)) ?? 0));
}

/**
 * The revision a new resource of `name` gets: one past the highest the name ever had. Deleted
 * revisions count too, as App Runner never gives a revision number twice.
 */
export function nextRevision<D>(
  rows: readonly ResourceRow[],
  name: string,
  revisionOf: RevisionOf<D>,
): number {
  return (
    1 +
    highest(
      rows.filter((r) => r.name === name),
      revisionOf,
    )
  );
}

/** Latest is true only on the highest active revision of a name. */
export function refreshLatestRevision<D extends { Latest?: boolean }>(
  ctx: HandlerContext,
  kind: ResourceKind,
  name: string,
  revisionOf: RevisionOf<D>,
): void {
  const rows = ctx.store.all(kind, ctx.region).filter((r) => r.name === name);
  const top = highest(
    rows.filter((r) => r.status === "ACTIVE"),
    revisionOf,
  );
  for (const row of rows) {
    const doc = parseDoc<D>(row);
    const latest = row.status === "ACTIVE" && revisionOf(doc) === top;
    if (doc.Latest !== latest) ctx.store.saveDoc(row, row.status, { ...doc, Latest: latest });
  }
}

/** The active revisions a List call answers: of one name when given, only the latest on request. */
export function listedRevisions<D extends { Latest?: boolean }>(
  ctx: HandlerContext,
  kind: ResourceKind,
  filter: { name: string | undefined; latestOnly: boolean | undefined },
  toDoc: (row: ResourceRow) => D,
): D[] {
  return ctx.store
    .all(kind, ctx.region)
    .filter((r) => r.status === "ACTIVE" && (filter.name === undefined || r.name === filter.name))
    .map(toDoc)
    .filter((d) => !filter.latestOnly || d.Latest);
}
