import Link from "next/link";

import { RelativeTime } from "@/components/ui/relative-time";
import { actionLabel, requestOperations } from "@/lib/audit/action-labels";
import type { AuditEntry } from "@/lib/store/audit";

const SHOWN = 8;

const RESULT_WORDS: Record<AuditEntry["result"], string> = {
  ok: "went through",
  error: "failed",
  refused: "refused: their role may not",
};

/** The newest changes asked through Runnerdeck for this service, from the audit log. */
export function RecentChanges({
  arn,
  entries,
  error,
}: {
  arn: string;
  entries: AuditEntry[] | undefined;
  error: string | undefined;
}) {
  return (
    <section aria-labelledby="recent-changes-heading" className="space-y-2">
      <h2 id="recent-changes-heading" className="text-lg font-semibold">
        Recent changes through Runnerdeck
      </h2>
      {error && !entries ? (
        <p className="text-sm">The audit log could not be read: {error}</p>
      ) : !entries ? (
        <p className="text-sm">Loading…</p>
      ) : entries.length === 0 ? (
        <p className="text-sm">None recorded for this service.</p>
      ) : (
        <ol className="space-y-1 text-sm" data-testid="recent-changes">
          {entries.slice(0, SHOWN).map((entry) => (
            <li key={entry.id} className="[overflow-wrap:anywhere]">
              <span className="font-medium">{actionLabel(entry.action)}</span>
              {entry.action === "manageCustomDomains" && (
                <> ({requestOperations(entry.request).join(", ")})</>
              )}{" "}
              by {entry.actor.name}, <RelativeTime value={entry.at} />, {RESULT_WORDS[entry.result]}
              {entry.message ? `: ${entry.message}` : "."}
            </li>
          ))}
        </ol>
      )}
      <Link
        href={`/audit?resource=${encodeURIComponent(arn)}`}
        className="inline-block text-sm underline underline-offset-2"
      >
        All of this service&apos;s entries in the audit log
      </Link>
    </section>
  );
}
