import { DataTable } from "@/components/ui/data-table";
import type { Line, LineId, Range } from "@/lib/cost/estimate";
import { formatCents, formatUnitPrice } from "@/lib/cost/money";

const NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 3 });

function cell(line: Line | undefined) {
  if (!line) return <span>$0.00</span>;
  return (
    <>
      <span className="font-medium">{formatCents(line.cents)}</span>
      <span className="block text-xs text-zinc-700 dark:text-zinc-300">
        {NUMBER.format(line.quantity)} {line.unit} × {formatUnitPrice(line.unitPriceUsd)}
      </span>
    </>
  );
}

/** One platform's breakdown: a row per charge, a column per end of the range and its middle. */
export function CostBreakdownTable({ label, range }: { label: string; range: Range }) {
  const scenarios = [range.low, range.typical, range.high];
  // Every charge that appears in any column, in the order the estimate lists them.
  const ids: LineId[] = [];
  const labels = new Map<LineId, string>();
  for (const s of scenarios)
    for (const l of s.lines) {
      if (!labels.has(l.id)) ids.push(l.id);
      labels.set(l.id, l.label);
    }
  const columns = [
    "Charge",
    `At MinSize (${range.low.activeInstances})`,
    `Your average (${range.typical.activeInstances})`,
    `At MaxSize (${range.high.activeInstances})`,
  ];
  return (
    <DataTable label={label} columns={columns} minWidth="min-w-[36rem]">
      {ids.map((id) => (
        <tr key={id} className="border-t border-zinc-200 align-top dark:border-zinc-800">
          <th scope="row" className="px-3 py-2 font-normal">
            {labels.get(id)}
          </th>
          {scenarios.map((s, i) => (
            <td key={i} className="px-3 py-2">
              {cell(s.lines.find((l) => l.id === id))}
            </td>
          ))}
        </tr>
      ))}
      <tr className="border-t border-zinc-300 font-semibold dark:border-zinc-700">
        <th scope="row" className="px-3 py-2">
          Total a month
        </th>
        {scenarios.map((s, i) => (
          <td key={i} className="px-3 py-2">
            {formatCents(s.totalCents)}
          </td>
        ))}
      </tr>
    </DataTable>
  );
}
