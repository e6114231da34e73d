import { CircleCheck } from "lucide-react";

import type { ComponentProps } from "react";

import { operationTypeLabel } from "@/components/service/operation-labels";
import { RelativeTime } from "@/components/ui/relative-time";

import { ChangeList } from "./change-list";
import { revisionTime, revisionTitle, type RevisionEntry } from "./history-model";
import { RestoreButton } from "./restore-button";

type RevisionCardProps = {
  entry: RevisionEntry;
  /** This revision's configuration is the service's configuration now. */
  current: boolean;
  restore: ComponentProps<typeof RestoreButton>;
};

const TERM = "font-medium text-zinc-700 dark:text-zinc-300";

/** One revision: when, which operation, who, what it changed, and Restore. */
export function RevisionCard({ entry, current, restore }: RevisionCardProps) {
  const { revision, changes } = entry;
  const headingId = `revision-${revision.id}`;
  return (
    <article
      aria-labelledby={headingId}
      className="space-y-3 rounded-md border border-zinc-300 p-4 dark:border-zinc-700"
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <h3 id={headingId} className="font-semibold">
          {revisionTitle(revision)}
        </h3>
        {current && (
          <span className="inline-flex items-center gap-1 rounded-full border border-emerald-700/30 bg-emerald-50 px-2 py-0.5 text-xs text-emerald-900 dark:border-emerald-400/30 dark:bg-emerald-950 dark:text-emerald-100">
            <CircleCheck aria-hidden="true" className="size-3.5" />
            Current configuration
          </span>
        )}
      </div>
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className={TERM}>When</dt>
        <dd>
          <RelativeTime value={revisionTime(revision)} />
        </dd>
        <dt className={TERM}>Operation</dt>
        <dd>{operationTypeLabel(revision.operationType)}</dd>
        <dt className={TERM}>Who</dt>
        <dd>{revision.actor ?? "Unknown (not recorded)"}</dd>
      </dl>
      <div>
        <h4 className="mb-1 text-sm font-medium text-zinc-700 dark:text-zinc-300">What changed</h4>
        {changes === undefined ? (
          <p className="text-sm">First revision recorded.</p>
        ) : changes.length === 0 ? (
          <p className="text-sm">No configuration change.</p>
        ) : (
          <ChangeList sections={changes} />
        )}
      </div>
      <RestoreButton {...restore} />
    </article>
  );
}
