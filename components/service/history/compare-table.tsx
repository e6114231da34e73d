import { CircleCheck } from "lucide-react";

import { DataTable } from "@/components/ui/data-table";

import { ChangeValue } from "./change-value";
import type { Comparison } from "./history-model";

/** Two revisions side by side: only the fields that differ, a table per section. */
export function CompareTable({ comparison }: { comparison: Extract<Comparison, { kind: "ok" }> }) {
  const { a, b, changes } = comparison;
  if (changes.length === 0) {
    return (
      <p className="flex items-center gap-2 text-sm">
        <CircleCheck aria-hidden="true" className="size-4 shrink-0" />
        These revisions have the same configuration.
      </p>
    );
  }
  const columns = ["Field", `Revision ${a.revision.id} (A)`, `Revision ${b.revision.id} (B)`];
  return (
    <div className="space-y-4">
      {changes.map(({ step, changes: fields }) => (
        <div key={step.id} className="space-y-2">
          <h3 className="font-medium">{step.title}</h3>
          <DataTable
            label={`${step.title}: revision ${a.revision.id} and revision ${b.revision.id}`}
            columns={columns}
            minWidth="min-w-[32rem]"
          >
            {fields.map((change) => (
              <tr key={change.field} className="border-t border-zinc-200 dark:border-zinc-800">
                <th scope="row" className="px-3 py-2 align-top font-medium">
                  {change.label}
                </th>
                <td className="px-3 py-2 align-top">
                  <ChangeValue value={change.before} />
                </td>
                <td className="px-3 py-2 align-top">
                  <ChangeValue value={change.after} />
                </td>
              </tr>
            ))}
          </DataTable>
        </div>
      ))}
    </div>
  );
}
