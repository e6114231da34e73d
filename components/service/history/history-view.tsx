import { ArrowLeft, Info } from "lucide-react";
import Link from "next/link";

import { movingReferenceNote } from "@/lib/apprunner/form/moving-reference";
import { countChanges, diffValues } from "@/lib/apprunner/form/service-diff";
import type { WizardValues } from "@/lib/apprunner/form/wizard-values";
// The file itself, not the rules index: the index reaches the generated zod schemas.
import { serviceStateRefusal } from "@/lib/apprunner/rules/service-state-rules";
import { parseServiceArn, servicePath } from "@/lib/apprunner/watch/service-arn";
import type { WireService } from "@/lib/apprunner/watch/wire";

import { CompareForm } from "./compare-form";
import { CompareTable } from "./compare-table";
import type { Comparison, RevisionEntry } from "./history-model";
import { RestoreRoleNote } from "./restore-role-note";
import { RevisionCard } from "./revision-card";

type HistoryViewProps = {
  service: WireService;
  /** The service's configuration now; undefined when its tags could not be read. */
  currentValues: WizardValues | undefined;
  entries: RevisionEntry[];
  comparison: Comparison;
  /** The revisions the compare form starts on. */
  compare: { a: number | undefined; b: number | undefined };
};

const REFUSAL_ID = "restore-refusal";

/** A service's configuration history: compare two revisions, and each revision with Restore. */
export function HistoryView({
  service,
  currentValues,
  entries,
  comparison,
  compare,
}: HistoryViewProps) {
  const arn = service.ServiceArn ?? "";
  const { name, id } = parseServiceArn(arn) ?? { name: service.ServiceName ?? "", id: "" };
  const page = servicePath(arn) ?? "/services";
  const refusal = serviceStateRefusal("UpdateService", service.Status);
  // Revisions whose configuration the service has now: restoring one would change nothing.
  const current = new Set(
    currentValues
      ? entries.filter((e) => countChanges(diffValues(e.values, currentValues)) === 0)
      : [],
  );
  const newestCurrent = entries.find((e) => current.has(e));

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <Link href={page} className="inline-flex items-center gap-1 text-sm underline">
          <ArrowLeft aria-hidden="true" className="size-4" />
          Back to {name}
        </Link>
        <h1 className="text-2xl font-semibold [overflow-wrap:anywhere]">History of {name}</h1>
        <p className="max-w-prose text-sm text-zinc-700 dark:text-zinc-300">
          Runnerdeck records the configuration each time it sees an operation succeed. Restoring one
          opens the edit with the changes back to it; nothing changes until you update.
        </p>
      </header>

      {entries.length === 0 ? (
        <p>
          No revisions recorded yet. Runnerdeck records the configuration each time it sees an
          operation succeed.
        </p>
      ) : (
        <>
          <section id="compare" aria-labelledby="compare-heading" className="space-y-4">
            <h2 id="compare-heading" className="text-lg font-semibold">
              Compare two revisions
            </h2>
            {entries.length < 2 ? (
              <p className="text-sm">There is one revision so far; comparing needs two.</p>
            ) : (
              <>
                <CompareForm action={`${page}/history`} entries={entries} {...compare} />
                {comparison.kind === "missing" && (
                  <p role="alert" className="text-sm">
                    {comparison.ids.map((missing) => `Revision ${missing}`).join(" and ")}{" "}
                    {comparison.ids.length === 1 ? "is" : "are"} not in this service&apos;s history.
                    Choose from the lists above.
                  </p>
                )}
                {comparison.kind === "ok" && <CompareTable comparison={comparison} />}
              </>
            )}
          </section>

          <section aria-labelledby="revisions-heading" className="space-y-4">
            <h2 id="revisions-heading" className="text-lg font-semibold">
              Revisions, newest first
            </h2>
            <RestoreRoleNote />
            {refusal && (
              <p id={REFUSAL_ID} className="flex items-start gap-1 text-sm">
                <Info aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
                Restoring is not possible now: {refusal}
              </p>
            )}
            <ol className="space-y-4">
              {entries.map((entry) => {
                const { revision, values } = entry;
                return (
                  <li key={revision.id}>
                    <RevisionCard
                      entry={entry}
                      current={entry === newestCurrent}
                      restore={{
                        arn,
                        serviceName: name,
                        serviceId: id,
                        values,
                        baseUpdatedAt: service.UpdatedAt ?? "",
                        restoredFrom: {
                          revisionId: revision.id,
                          recordedAt: revision.recordedAt,
                          operationType: revision.operationType,
                        },
                        ...(current.has(entry)
                          ? { reason: "This is the current configuration." }
                          : {}),
                        ...(refusal ? { sharedReasonId: REFUSAL_ID } : {}),
                        movingNote: movingReferenceNote(values),
                      }}
                    />
                  </li>
                );
              })}
            </ol>
          </section>
        </>
      )}
    </div>
  );
}
