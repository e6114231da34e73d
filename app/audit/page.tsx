import { Download } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";

import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";
import { buttonClasses } from "@/components/ui/button";
import { auditQueryString, parseAuditQuery } from "@/lib/audit/audit-query";
import { currentViewer } from "@/lib/auth";
import { getStore } from "@/lib/store";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Audit log" };

const PAGE_SIZE = 50;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  if (!(await currentViewer())) return <p>Sign in to see the audit log.</p>;
  const raw = await searchParams;
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(raw))
    if (typeof value === "string") params.set(name, value);
  const { query, filter, problems } = parseAuditQuery(params);
  // One more than a page: whether there is an older page, without counting them all.
  const found = await (await getStore()).audit.list({ ...filter, limit: PAGE_SIZE + 1 });
  const entries = found.slice(0, PAGE_SIZE);
  const older = found.length > PAGE_SIZE ? entries.at(-1)?.id : undefined;
  const filtered = auditQueryString({ ...query, before: undefined });

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">Audit log</h1>
        <p className="max-w-prose text-sm text-zinc-700 dark:text-zinc-300">
          Every change asked of Runnerdeck, newest first: who, when, on what, the request (with
          variable values and other secrets redacted) and how it ended. Entries are only ever added.
        </p>
      </header>

      <AuditFilters query={query} />
      {problems.length > 0 && (
        <ul role="alert" className="list-disc pl-5 text-sm text-red-700 dark:text-red-400">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}

      <section aria-labelledby="entries-heading" className="space-y-3">
        <div className="flex flex-wrap items-center gap-3">
          <h2 id="entries-heading" className="text-lg font-semibold">
            {query.before ? "Older entries" : "Entries"}
          </h2>
          <div className="ml-auto flex flex-wrap gap-2">
            <a
              href={`/api/audit${auditQueryString(query, { format: "csv", before: undefined })}`}
              className={buttonClasses("secondary")}
              download
            >
              <Download aria-hidden className="size-4" />
              Download CSV
            </a>
            <a
              href={`/api/audit${auditQueryString(query, { format: "json", before: undefined })}`}
              className={buttonClasses("secondary")}
              download
            >
              <Download aria-hidden className="size-4" />
              Download JSON
            </a>
          </div>
        </div>
        <p className="text-xs text-zinc-700 dark:text-zinc-300">
          Downloads hold every entry that matches the filters, not only this page.
        </p>
        {entries.length === 0 ? (
          <p>No entries match{filtered ? " these filters" : " yet"}.</p>
        ) : (
          <AuditTable entries={entries} />
        )}
        <nav aria-label="Pages of the audit log" className="flex flex-wrap gap-3 text-sm">
          {query.before !== undefined && (
            <Link href={`/audit${filtered}`} className="underline underline-offset-2">
              Newest entries
            </Link>
          )}
          {older !== undefined && (
            <Link
              href={`/audit${auditQueryString(query, { before: older })}`}
              className="underline underline-offset-2"
            >
              Older entries
            </Link>
          )}
        </nav>
      </section>
    </div>
  );
}
