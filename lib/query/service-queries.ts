import { queryOptions } from "@tanstack/react-query";

import type { WireServiceDomains } from "@/lib/apprunner/api/custom-domains";
import type { ServiceList } from "@/lib/apprunner/watch/service-list-item";
import type {
  LogLine,
  OperationsPage,
  ServiceSnapshot,
  ServiceTags,
} from "@/lib/apprunner/watch/wire";

import { PollBackoff, retryUnanswered } from "./poll-backoff";
import { RouteResponseError } from "./route-response-error";

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { cache: "no-store" });
  if (!response.ok) throw await RouteResponseError.from(response);
  return (await response.json()) as T;
}

/** Fast while something is changing, slow otherwise. */
export const LIST_FAST_MS = 2_000;
export const LIST_SLOW_MS = 15_000;
/** The longest the list waits between polls while the dashboard answers with failures. */
export const LIST_MAX_BACKOFF_MS = 120_000;

/** One per tab (one query client per tab): failures of the list's polls in a row. */
const listBackoff = new PollBackoff(LIST_MAX_BACKOFF_MS);
/** How often the live page polls when its stream is down. */
export const SNAPSHOT_FALLBACK_MS = 3_000;
/** Tags change rarely and the stream does not carry them; look again after this long. */
export const TAGS_STALE_MS = 60_000;

/** How often the custom domains are read again while one of them is still changing. */
export const DOMAINS_CHANGING_MS = 3_000;
/** Custom domain statuses that change on their own: the page keeps looking until they settle. */
const SETTLING_DOMAIN_STATUSES = new Set([
  "CREATING",
  "PENDING_CERTIFICATE_DNS_VALIDATION",
  "BINDING_CERTIFICATE",
  "DELETING",
]);

export type LogData = { lines: LogLine[] };
export type ApplicationLogData = { lines: (LogLine & { instance: string })[] };
/** How often the application log is read again while its tab is open. */
export const APPLICATION_LOG_POLL_MS = 3_000;
/** How often the instance count is read again while the live page is open. */
export const INSTANCES_POLL_MS = 10_000;

/**
 * Every query of the services area, in one place. Server components prefetch with the same keys
 * (reading AWS directly) so the browser starts with data and never refetches it at once.
 */
export const serviceQueries = {
  all: () => ["services"] as const,

  list: () =>
    queryOptions({
      queryKey: [...serviceQueries.all(), "list"] as const,
      queryFn: () => listBackoff.track(() => getJson<ServiceList>("/api/services")),
      // Throttled or failing, the list asks less often rather than more (see PollBackoff).
      refetchInterval: (query) =>
        listBackoff.delay(
          query.state.data?.services.some((s) => s.Status === "OPERATION_IN_PROGRESS")
            ? LIST_FAST_MS
            : LIST_SLOW_MS,
        ),
      retry: retryUnanswered,
      refetchIntervalInBackground: false,
    }),

  detail: (arn: string) =>
    queryOptions({
      queryKey: [...serviceQueries.all(), "detail", arn] as const,
      queryFn: () =>
        getJson<ServiceSnapshot>(`/api/services/snapshot?arn=${encodeURIComponent(arn)}`),
      // The stream keeps this current; polling is switched on only while the stream is down.
      staleTime: Infinity,
    }),

  /** A log stream: `events`, or `deployment/<operation id>`. */
  log: (arn: string, stream: string) =>
    queryOptions({
      queryKey: [...serviceQueries.all(), "log", arn, stream] as const,
      queryFn: async () => {
        try {
          return await getJson<LogData>(
            `/api/services/logs?arn=${encodeURIComponent(arn)}&stream=${encodeURIComponent(stream)}`,
          );
        } catch (error) {
          // No stream yet means no lines yet, not a failure.
          if (error instanceof RouteResponseError && error.status === 404) return { lines: [] };
          throw error;
        }
      },
      staleTime: Infinity,
    }),

  /** The application log: every instance's lines by time; polled while its tab is open. */
  applicationLog: (arn: string) =>
    queryOptions({
      queryKey: [...serviceQueries.all(), "application-log", arn] as const,
      queryFn: () =>
        getJson<ApplicationLogData>(`/api/services/application-log?arn=${encodeURIComponent(arn)}`),
      refetchInterval: APPLICATION_LOG_POLL_MS,
      refetchIntervalInBackground: false,
    }),

  /** Running instances (CloudWatch ActiveInstances), `null` when the metric can't be read. */
  instances: (arn: string) =>
    queryOptions({
      queryKey: [...serviceQueries.all(), "instances", arn] as const,
      queryFn: () =>
        getJson<{ count: number | null }>(`/api/services/instances?arn=${encodeURIComponent(arn)}`),
      refetchInterval: INSTANCES_POLL_MS,
      refetchIntervalInBackground: false,
      retry: false,
    }),

  /** The service's tags, which DescribeService (and so the stream) leaves out. */
  tags: (arn: string) =>
    queryOptions({
      queryKey: [...serviceQueries.all(), "tags", arn] as const,
      queryFn: () => getJson<ServiceTags>(`/api/services/tags?arn=${encodeURIComponent(arn)}`),
      staleTime: TAGS_STALE_MS,
    }),

  /**
   * The service's custom domains with their DNS records. The stream does not carry them, so the
   * page polls while a domain is on its way to ACTIVE (or away) and stops once all have settled.
   */
  customDomains: (arn: string) =>
    queryOptions({
      queryKey: [...serviceQueries.all(), "custom-domains", arn] as const,
      queryFn: () =>
        getJson<WireServiceDomains>(`/api/services/custom-domains?arn=${encodeURIComponent(arn)}`),
      refetchInterval: (query) =>
        query.state.data?.domains.some((d) => SETTLING_DOMAIN_STATUSES.has(d.Status ?? ""))
          ? DOMAINS_CHANGING_MS
          : false,
      refetchIntervalInBackground: false,
      staleTime: TAGS_STALE_MS,
    }),

  /** One page of operation history: the first without a token, then each page's `nextToken`. */
  operationsPage: (arn: string, nextToken: string | undefined) =>
    queryOptions({
      queryKey: [...serviceQueries.all(), "operations", arn, nextToken ?? ""] as const,
      queryFn: () => {
        const params = new URLSearchParams({ arn });
        if (nextToken) params.set("nextToken", nextToken);
        return getJson<OperationsPage>(`/api/services/operations?${params}`);
      },
      // Read once per click: "Show older operations" asks App Runner each time it is pressed.
      staleTime: 0,
      gcTime: 0,
    }),
};
