import type { AutoScalingConfiguration } from "@aws-sdk/client-apprunner";
import Link from "next/link";

import { DataTable } from "@/components/ui/data-table";

import { DefaultMark } from "./default-mark";
import type { RevisionGroup } from "./group-revisions";

const COLUMNS = [
  "Name",
  "Revision",
  "Max concurrency",
  "Min size",
  "Max size",
  "Default",
  "Used by services",
] as const;

/** Every revision of every name, grouped under its name, newest first. */
export function AutoScalingTable({
  groups,
}: {
  groups: RevisionGroup<AutoScalingConfiguration>[];
}) {
  return (
    <DataTable label="Auto scaling configurations table" columns={COLUMNS} minWidth="min-w-[44rem]">
      {groups.flatMap(({ name, revisions }) =>
        revisions.map((c, i) => (
          <tr
            key={c.AutoScalingConfigurationArn}
            className="border-t border-zinc-200 dark:border-zinc-800"
          >
            <th scope="row" className="px-3 py-2 font-medium">
              {i === 0 ? (
                <Link
                  href={`/auto-scaling/${encodeURIComponent(name)}`}
                  className="text-sky-800 underline dark:text-sky-300"
                >
                  {name}
                </Link>
              ) : (
                <span className="sr-only">{name}</span>
              )}
            </th>
            <td className="px-3 py-2">{c.AutoScalingConfigurationRevision}</td>
            <td className="px-3 py-2">{c.MaxConcurrency}</td>
            <td className="px-3 py-2">{c.MinSize}</td>
            <td className="px-3 py-2">{c.MaxSize}</td>
            <td className="px-3 py-2">{c.IsDefault ? <DefaultMark /> : "—"}</td>
            <td className="px-3 py-2">{c.HasAssociatedService ? "Yes" : "No"}</td>
          </tr>
        )),
      )}
    </DataTable>
  );
}
