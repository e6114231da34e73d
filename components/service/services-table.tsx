import { DataTable } from "@/components/ui/data-table";
import { RelativeTime } from "@/components/ui/relative-time";
import { StatusBadge } from "@/components/ui/status-badge";
import { serviceUrlHref } from "@/lib/apprunner/service-url";
import type { ServiceListItem } from "@/lib/apprunner/watch/service-list-item";

import { ServiceNameLink } from "./service-name-link";

const COLUMNS = ["Name", "Status", "URL", "Source", "Last updated"] as const;

export function ServicesTable({ services }: { services: ServiceListItem[] }) {
  return (
    <DataTable label="Services table" columns={COLUMNS} minWidth="min-w-[40rem]">
      {services.map((s) => (
        <tr
          key={s.ServiceArn}
          className="border-t border-zinc-200 dark:border-zinc-800"
          data-service={s.ServiceName}
        >
          <th scope="row" className="px-3 py-2 font-medium">
            <ServiceNameLink name={s.ServiceName} id={s.ServiceId} />
          </th>
          <td className="px-3 py-2">
            <StatusBadge status={s.Status} />
          </td>
          <td className="max-w-56 truncate px-3 py-2">
            {s.ServiceUrl ? (
              <a
                href={serviceUrlHref(s.ServiceUrl)}
                className="underline"
                target="_blank"
                rel="noreferrer"
              >
                {s.ServiceUrl}
              </a>
            ) : (
              "—"
            )}
          </td>
          <td className="max-w-72 truncate px-3 py-2 font-mono text-xs" title={s.Source}>
            {s.Source ?? "—"}
          </td>
          <td className="px-3 py-2">
            <RelativeTime value={s.UpdatedAt} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
