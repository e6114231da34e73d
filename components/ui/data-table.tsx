import type { ReactNode } from "react";

import { cn } from "@/lib/cn";

/**
 * A table that scrolls sideways on narrow screens: the scroll region is focusable and named so
 * keyboard users can reach and scroll it. Columns are data; rows are the caller's `<tr>`s.
 */
export function DataTable({
  label,
  columns,
  minWidth,
  children,
}: {
  label: string;
  columns: readonly string[];
  /** A Tailwind min-width class, e.g. `min-w-[36rem]`. */
  minWidth: string;
  children: ReactNode;
}) {
  return (
    <div
      className="overflow-x-auto rounded-md border border-zinc-300 dark:border-zinc-700"
      tabIndex={0}
      role="group"
      aria-label={label}
    >
      <table className={cn("w-full text-left text-sm", minWidth)}>
        <thead className="bg-zinc-50 dark:bg-zinc-900">
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className="px-3 py-2 font-medium">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
