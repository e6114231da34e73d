import { StatusBadge } from "@/components/ui/status-badge";
import type { ServiceListItem } from "@/lib/apprunner/watch/service-list-item";

/** How many services are in each status, e.g. "3 Running · 1 Operation in progress". */
export function StatusCounts({ services }: { services: ServiceListItem[] }) {
  const counts = new Map<string, number>();
  for (const s of services)
    counts.set(s.Status ?? "UNKNOWN", (counts.get(s.Status ?? "UNKNOWN") ?? 0) + 1);
  return (
    <ul
      aria-label="Services by status"
      className="flex flex-wrap gap-2"
      data-testid="status-counts"
    >
      <li className="text-sm font-medium">{services.length} total</li>
      {[...counts].map(([status, count]) => (
        <li
          key={status}
          className="inline-flex items-center gap-1 text-sm"
          data-count-status={status}
        >
          <span className="font-semibold tabular-nums">{count}</span>
          <StatusBadge status={status} />
        </li>
      ))}
    </ul>
  );
}
