import type { ReactNode } from "react";

import { RelativeTime } from "@/components/ui/relative-time";

import type { ResourceActionResult } from "./resource-action-result";
import { DeleteResourceButton } from "./delete-resource-button";
import { DetailList } from "./detail-list";
import type { ResourceUser } from "./resource-users";
import { ResourceStatusBadge } from "./resource-status-badge";
import { ServiceLinks } from "./service-links";

/**
 * One revision of a configuration or connector, as every resource page shows it: its status,
 * its own facts, the services that use it, when it was made, its ARN; then its actions, Delete
 * last (disabled with `refusal` when App Runner would refuse).
 */
export function RevisionCard({
  name,
  revision,
  arn,
  status,
  createdAt,
  latest,
  mark,
  facts,
  users,
  actions,
  remove,
}: {
  name: string;
  revision: number | undefined;
  arn: string;
  status: string | undefined;
  createdAt: Date | undefined;
  latest?: boolean | undefined;
  /** Beside the heading, e.g. that it is the default. */
  mark?: ReactNode;
  facts: readonly { label: string; value: ReactNode }[];
  users: readonly ResourceUser[];
  /** Before Delete, e.g. Set default. */
  actions?: ReactNode;
  remove: {
    action: (arn: string, confirmName: string) => Promise<ResourceActionResult>;
    refusal: string | undefined;
    /** What deleting does, in the dialog. */
    note: ReactNode;
  };
}) {
  const headingId = `revision-${revision}`;
  return (
    <section
      aria-labelledby={headingId}
      className="space-y-3 rounded-md border border-zinc-300 p-4 dark:border-zinc-700"
    >
      <h2 id={headingId} className="flex flex-wrap items-center gap-2 text-lg font-semibold">
        Revision {revision}
        {latest && <span className="text-sm font-normal">(latest)</span>}
        {mark && <span className="text-sm">{mark}</span>}
      </h2>
      <DetailList
        items={[
          { label: "Status", value: <ResourceStatusBadge status={status} /> },
          ...facts,
          { label: "Used by", value: <ServiceLinks users={users} /> },
          { label: "Created", value: <RelativeTime value={createdAt?.toISOString()} /> },
          { label: "ARN", value: <span className="font-mono text-xs">{arn}</span> },
        ]}
      />
      <div className="flex flex-wrap items-start gap-4">
        {actions}
        <DeleteResourceButton
          label={`Delete revision ${revision}`}
          title={`Delete revision ${revision} of ${name}?`}
          confirmText={name}
          refusal={remove.refusal}
          action={remove.action.bind(null, arn)}
        >
          {remove.note}
        </DeleteResourceButton>
      </div>
    </section>
  );
}
