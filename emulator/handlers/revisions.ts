import type { HandlerContext } from "../context";
import { arnPrefix } from "../ids";
import type { ResourceKind, ResourceRow } from "../store/resource-store";
import { findResource, parseDoc, requireResource } from "./lookup";

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

/**
 * The active revisions a List call answers: of one name when given, and only the latest of each
 * unless LatestOnly is false ("Set to false to list all revisions for each requested configuration
 * name. Default: true", API_ListAutoScalingConfigurations and API_ListObservabilityConfigurations).
 */
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
    .filter((d) => filter.latestOnly === false || d.Latest);
}

/** What an ARN of a revisioned resource names: one revision exactly, or by name (and number). */
export type RevisionArn =
  | { form: "full"; arn: string }
  | { form: "name"; name: string }
  | { form: "revision"; name: string; revision: number };

/**
 * Reads `arn:…:<resourceType>/name[/revision[/id]]` in the caller's account and region. The
 * reference pages of the revisioned configurations (auto scaling, observability) accept "a full
 * … ARN, or a partial ARN ending with either .../name or .../name/revision".
 */
export function parseRevisionArn(
  ctx: HandlerContext,
  arn: string,
  resourceType: string,
): RevisionArn {
  const prefix = `${arnPrefix(ctx.region, ctx.account)}:${resourceType}/`;
  const parts = arn.startsWith(prefix) ? arn.slice(prefix.length).split("/") : [];
  const [name, revision] = parts;
  if (parts.length === 1 && name) return { form: "name", name };
  if (parts.length === 2 && name && /^[0-9]+$/.test(revision!))
    return { form: "revision", name, revision: Number(revision) };
  return { form: "full", arn };
}

/**
 * The row a full or partial ARN names: a full ARN its revision whatever its status; `.../name`
 * the latest active revision; `.../name/revision` that revision (the active one, if a deleted
 * one ever had the same number).
 */
export function findRevision<D>(
  ctx: HandlerContext,
  parsed: RevisionArn,
  kind: ResourceKind,
  revisionOf: RevisionOf<D>,
): ResourceRow | undefined {
  if (parsed.form === "full") return findResource(ctx, parsed.arn, kind);
  const rows = ctx.store
    .all(kind, ctx.region)
    .filter((r) => r.name === parsed.name)
    .map((row) => ({ row, revision: revisionOf(parseDoc<D>(row)) ?? 0 }))
    .filter(({ row, revision }) =>
      parsed.form === "name" ? row.status === "ACTIVE" : revision === parsed.revision,
    )
    .sort((a, b) =>
      a.row.status === b.row.status
        ? b.revision - a.revision
        : Number(b.row.status === "ACTIVE") - Number(a.row.status === "ACTIVE"),
    );
  return rows[0]?.row;
}

/** As findRevision, refused as AWS refuses an ARN that names nothing. */
export function requireRevision<D>(
  ctx: HandlerContext,
  arn: string,
  kind: ResourceKind,
  resourceType: string,
  revisionOf: RevisionOf<D>,
): ResourceRow {
  const row = findRevision(ctx, parseRevisionArn(ctx, arn, resourceType), kind, revisionOf);
  return row ?? requireResource(ctx, arn, kind);
}
