import { CopyButton } from "@/components/ui/copy-button";

import { DomainStatusBadge } from "./domain-status-badge";
import type { DnsRecord } from "./dns-records-for";

/** Long DNS names and values wrap anywhere rather than widen a phone's screen. */
const WRAP = "min-w-0 font-mono text-xs [overflow-wrap:anywhere]";

/** The records to create at the DNS provider, each name and value with a Copy button. */
export function DnsRecords({ records }: { records: DnsRecord[] }) {
  if (records.length === 0)
    return <p className="text-sm">App Runner has not given the records yet.</p>;
  return (
    <ul className="space-y-2">
      {records.map((record) => (
        <li
          key={`${record.name} ${record.value}`}
          className="space-y-1 rounded-md border border-zinc-300 p-3 dark:border-zinc-700"
          data-testid="dns-record"
        >
          <p className="text-sm font-medium">{record.purpose}</p>
          <dl className="grid grid-cols-[auto_minmax(0,1fr)] items-start gap-x-3 gap-y-1 text-sm">
            <dt className="text-zinc-700 dark:text-zinc-300">Type</dt>
            <dd>{record.type}</dd>
            <dt className="text-zinc-700 dark:text-zinc-300">Name</dt>
            <dd className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <code className={WRAP}>{record.name}</code>
              <CopyButton value={record.name} label="Copy name" context={record.name} />
            </dd>
            <dt className="text-zinc-700 dark:text-zinc-300">Value</dt>
            <dd className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <code className={WRAP}>{record.value}</code>
              <CopyButton value={record.value} label="Copy value" context={record.name} />
            </dd>
            {record.status && (
              <>
                <dt className="text-zinc-700 dark:text-zinc-300">Status</dt>
                <dd>
                  <DomainStatusBadge status={record.status} />
                </dd>
              </>
            )}
          </dl>
        </li>
      ))}
    </ul>
  );
}
