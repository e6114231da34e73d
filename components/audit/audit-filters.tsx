import Link from "next/link";

import { buttonClasses } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { ACTION_LABELS } from "@/lib/audit/action-labels";
import type { AuditQuery } from "@/lib/audit/audit-query";
import type { Action } from "@/lib/auth/permissions";

import { RESULT_LABELS } from "./result-labels";

const ACTION_OPTIONS = Object.entries(ACTION_LABELS) as [Action, { label: string }][];

function Labelled({
  id,
  label,
  hint,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  children: React.ReactNode;
}) {
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-zinc-700 dark:text-zinc-300">
          {hint}
        </p>
      )}
    </div>
  );
}

/** The filters as a plain GET form: the address says what is shown, and works without JS. */
export function AuditFilters({ query }: { query: AuditQuery }) {
  return (
    <form
      method="get"
      action="/audit"
      aria-label="Filter the audit log"
      className="grid items-start gap-3 sm:grid-cols-2 lg:grid-cols-3"
    >
      <Labelled id="audit-person" label="Person" hint="Their email or id, exactly.">
        <Input
          id="audit-person"
          name="person"
          defaultValue={query.person}
          aria-describedby="audit-person-hint"
          autoComplete="off"
          spellCheck={false}
        />
      </Labelled>
      <Labelled id="audit-action" label="Action">
        <Select id="audit-action" name="action" defaultValue={query.action}>
          <option value="">Any action</option>
          {ACTION_OPTIONS.map(([action, { label }]) => (
            <option key={action} value={action}>
              {label}
            </option>
          ))}
        </Select>
      </Labelled>
      <Labelled id="audit-resource" label="Resource" hint="A service's or resource's name or ARN.">
        <Input
          id="audit-resource"
          name="resource"
          defaultValue={query.resource}
          aria-describedby="audit-resource-hint"
          autoComplete="off"
          spellCheck={false}
        />
      </Labelled>
      <Labelled id="audit-result" label="Result">
        <Select id="audit-result" name="result" defaultValue={query.result}>
          <option value="">Any result</option>
          {Object.entries(RESULT_LABELS).map(([result, label]) => (
            <option key={result} value={result}>
              {label}
            </option>
          ))}
        </Select>
      </Labelled>
      <Labelled id="audit-from" label="From (UTC)">
        <Input id="audit-from" name="from" type="date" defaultValue={query.from} />
      </Labelled>
      <Labelled id="audit-to" label="To (UTC, included)">
        <Input id="audit-to" name="to" type="date" defaultValue={query.to} />
      </Labelled>
      <div className="flex flex-wrap gap-2 sm:col-span-2 lg:col-span-3">
        <button type="submit" className={buttonClasses("primary")}>
          Show entries
        </button>
        <Link href="/audit" className={buttonClasses("secondary")}>
          Clear filters
        </Link>
      </div>
    </form>
  );
}
