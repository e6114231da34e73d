import { queryOptions } from "@tanstack/react-query";

import type { AuditEntry } from "@/lib/store/audit";
import type { WireOperation } from "@/lib/apprunner/watch/wire";
import { fetchJson } from "@/lib/query/wizard-queries";

/** Enough for the recent changes and the operations the page shows first. */
const ENTRIES = 50;

/**
 * The service's audit entries, newest first: one store query. Keyed on the newest operation and
 * its status too, so a new operation (someone just paused) reads them again and says who.
 */
export function serviceAuditQuery(arn: string, newest: WireOperation | undefined) {
  return queryOptions({
    queryKey: ["service-audit", arn, newest?.Id ?? "", newest?.Status ?? ""],
    queryFn: () =>
      fetchJson<{ entries: AuditEntry[] }>(
        `/api/audit?arn=${encodeURIComponent(arn)}&limit=${ENTRIES}`,
      ),
    staleTime: 30_000,
    placeholderData: (previous) => previous,
  });
}
