import Link from "next/link";

import { RelativeTime } from "@/components/ui/relative-time";
import { StatusBadge } from "@/components/ui/status-badge";
import type { ServiceListItem } from "@/lib/apprunner/watch/service-list-item";

export function ServicesTable({ services }: { services: ServiceListItem[] }) {
  return (
    <div
      className="overflow-x-auto rounded-md border border-zinc-300 dark:border-zinc-700"
      tabIndex={0}
      role="group"
      aria-label="Services table"
    >
      <table className="w-full min-w-[40rem] text-left text-sm">
        <thead className="bg-zinc-50 dark:bg-zinc-900">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              Name
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Status
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              URL
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Source
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Last updated
            </th>
          </tr>
        </thead>
        <tbody>
          {services.map((s) => (
            <tr
              key={s.ServiceArn}
              className="border-t border-zinc-200 dark:border-zinc-800"
              data-service={s.ServiceName}
            >
              <th scope="row" className="px-3 py-2 font-medium">
                <Link
                  href={`/services/${s.ServiceName}/${s.ServiceId}`}
                  className="text-sky-800 underline dark:text-sky-300"
                >
                  {s.ServiceName}
                </Link>
              </th>
              <td className="px-3 py-2">
                <StatusBadge status={s.Status} />
              </td>
              <td className="max-w-56 truncate px-3 py-2">
                {s.ServiceUrl ? (
                  <a
                    href={`https://${s.ServiceUrl}`}
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
        </tbody>
      </table>
    </div>
  );
}
