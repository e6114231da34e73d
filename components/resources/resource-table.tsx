import Link from "next/link";
import type { ReactNode } from "react";

import { DataTable } from "@/components/ui/data-table";

import { RESOURCE_KINDS, resourceHref, type ResourceKind } from "./resource-kinds";

/** A column after the name: its heading and what a row shows in it. */
export type ResourceColumn<T> = { header: string; cell: (row: T) => ReactNode; className?: string };

/**
 * A list of resources, one row each, the name first as a link to its page. A row that repeats
 * the name above it (a later revision) keeps the name for screen readers only. With no rows, a
 * sentence says there are none yet.
 */
export function ResourceTable<T>({
  kind,
  label,
  minWidth,
  rows,
  keyOf,
  nameOf,
  repeatsName,
  columns,
}: {
  kind: ResourceKind;
  label: string;
  /** A Tailwind min-width class, e.g. `min-w-[36rem]`. */
  minWidth: string;
  rows: readonly T[];
  keyOf: (row: T) => string | undefined;
  nameOf: (row: T) => string | undefined;
  repeatsName?: (row: T) => boolean;
  columns: readonly ResourceColumn<T>[];
}) {
  if (rows.length === 0) return <p>No {RESOURCE_KINDS[kind].noun}s yet.</p>;
  return (
    <DataTable
      label={label}
      columns={["Name", ...columns.map((c) => c.header)]}
      minWidth={minWidth}
    >
      {rows.map((row) => {
        const name = nameOf(row) ?? "";
        return (
          <tr key={keyOf(row)} className="border-t border-zinc-200 align-top dark:border-zinc-800">
            <th scope="row" className="px-3 py-2 font-medium">
              {repeatsName?.(row) ? (
                <span className="sr-only">{name}</span>
              ) : (
                <Link
                  href={resourceHref(kind, name)}
                  className="text-sky-800 underline dark:text-sky-300"
                >
                  {name}
                </Link>
              )}
            </th>
            {columns.map((c) => (
              <td key={c.header} className={c.className ?? "px-3 py-2"}>
                {c.cell(row)}
              </td>
            ))}
          </tr>
        );
      })}
    </DataTable>
  );
}
