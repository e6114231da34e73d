import { DataTable } from "@/components/ui/data-table";
import { FATE_LABELS, type Fate, type ReportRow } from "@/lib/export/migration-report";

const FATE_CLASSES: Record<Fate, string> = {
  carried: "text-emerald-800 dark:text-emerald-300",
  changed: "text-amber-800 dark:text-amber-300",
  none: "text-red-800 dark:text-red-300",
};

/** Each App Runner setting beside its Express Mode counterpart; the outcome is spelt out, not only coloured. */
export function MigrationTable({ rows }: { rows: readonly ReportRow[] }) {
  return (
    <DataTable
      label="Migration report: each App Runner setting and its Express Mode counterpart"
      columns={["App Runner setting", "Value", "Outcome", "Express Mode counterpart", "To do"]}
      minWidth="min-w-[56rem]"
    >
      {rows.map((row) => (
        <tr key={row.path} className="border-t border-zinc-200 align-top dark:border-zinc-800">
          <th
            scope="row"
            className="px-3 py-2 text-left font-mono text-xs font-normal [overflow-wrap:anywhere]"
          >
            {row.path}
          </th>
          <td className="max-w-48 px-3 py-2 font-mono text-xs [overflow-wrap:anywhere]">
            {row.value}
          </td>
          <td className={`px-3 py-2 font-medium whitespace-nowrap ${FATE_CLASSES[row.fate]}`}>
            {FATE_LABELS[row.fate]}
          </td>
          <td className="px-3 py-2">{row.counterpart}</td>
          <td className="px-3 py-2">{row.action ?? "—"}</td>
        </tr>
      ))}
    </DataTable>
  );
}
