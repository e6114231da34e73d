import { operationTypeLabel } from "@/components/service/operation-labels";
import { diffValues, type SectionChanges } from "@/lib/apprunner/form/service-diff";
import { serviceToValues } from "@/lib/apprunner/form/service-values";
import type { WizardValues } from "@/lib/apprunner/form/wizard-values";
import type { WireService } from "@/lib/apprunner/watch/wire";
import type { Revision } from "@/lib/store";

/** One revision as the History page shows it: its configuration and what it changed. */
export type RevisionEntry = {
  revision: Revision;
  values: WizardValues;
  /** Changes from the revision before; undefined for the oldest one recorded. */
  changes: SectionChanges[] | undefined;
};

/** A revision's configuration as form values (the store holds DescribeService's JSON). */
export function revisionValues(revision: Revision): WizardValues {
  return serviceToValues(revision.service as WireService, revision.tags);
}

/** Revisions, newest first, each with its changes from the one recorded before it. */
export function revisionEntries(revisions: readonly Revision[]): RevisionEntry[] {
  const values = revisions.map(revisionValues);
  return revisions.map((revision, i) => {
    const before = values[i + 1];
    return {
      revision,
      values: values[i]!,
      changes: before && diffValues(before, values[i]!),
    };
  });
}

/** "Revision 12: Deployment" — ids are the store's, so a rollback names the same number. */
export function revisionTitle(revision: Revision): string {
  return `Revision ${revision.id}: ${operationTypeLabel(revision.operationType)}`;
}

const UTC = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

/** For text-only places (a select's options): the server does not know the viewer's time zone. */
export function revisionTimeText(revision: Revision): string {
  return `${UTC.format(new Date(revisionTime(revision)))} UTC`;
}

/** The moment a revision stands for: when its operation ended, else when it was recorded. */
export function revisionTime(revision: Revision): string {
  return revision.operationEndedAt ?? revision.recordedAt;
}

export type Comparison =
  | { kind: "none" }
  | { kind: "missing"; ids: string[] }
  | { kind: "ok"; a: RevisionEntry; b: RevisionEntry; changes: SectionChanges[] };

/** A query parameter's one value (`?a=3&a=4` → "3"). */
function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The two revisions `?a=<id>&b=<id>` asks to compare, and how they differ (A before, B after). */
export function compareFromQuery(
  entries: readonly RevisionEntry[],
  query: { a?: string | string[]; b?: string | string[] },
): Comparison {
  const a = one(query.a);
  const b = one(query.b);
  if (a === undefined || b === undefined) return { kind: "none" };
  const find = (id: string) => entries.find((e) => String(e.revision.id) === id);
  const [entryA, entryB] = [find(a), find(b)];
  if (!entryA || !entryB) {
    const missing = [entryA ? undefined : a, entryB ? undefined : b].filter(
      (id) => id !== undefined,
    );
    return { kind: "missing", ids: [...new Set(missing)] };
  }
  return { kind: "ok", a: entryA, b: entryB, changes: diffValues(entryA.values, entryB.values) };
}
