import "server-only";

import { toAppRunnerFailure } from "@/lib/apprunner/errors";
import { backoffDelay } from "@/lib/apprunner/watch/backoff";
import {
  describeSource,
  type ServiceList,
  type ServiceListItem,
} from "@/lib/apprunner/watch/service-list-item";
import { toWire } from "@/lib/apprunner/watch/wire";

import { describeService } from "./describe-service";
import { listServices } from "./list-services";

/** Lists fetched within this window are shared: many open lists cost one walk of ListServices. */
const SHARE_MS = 1_000;
const DESCRIBE_CONCURRENCY = 4;
const MAX_CACHED_SOURCES = 5_000;

/** Source by ARN, valid while the service's UpdatedAt is unchanged (only updates change it). */
const sources = new Map<string, { updatedAt: string | undefined; source: string | undefined }>();
let shared: { at: number; list: Promise<ServiceList> } | undefined;

/**
 * After App Runner throttled a listing (the SDK's own retries included), every viewer's list is
 * answered with that refusal until `until`, without asking again; each throttle in a row
 * doubles the wait, as the watch hub's loops back off.
 */
const COOL_DOWN = { baseMs: 5_000, maxMs: 60_000 };
let coolDown: { until: number; throttles: number; error: unknown } | undefined;

async function sourceOf(arn: string, updatedAt: string | undefined): Promise<string | undefined> {
  const cached = sources.get(arn);
  if (cached && cached.updatedAt === updatedAt) return cached.source;
  try {
    const source = describeSource(toWire(await describeService(arn)));
    if (sources.size >= MAX_CACHED_SOURCES) sources.clear();
    sources.set(arn, { updatedAt, source });
    return source;
  } catch {
    // The list still shows the service; its source cell stays empty until the next load.
    return cached?.source;
  }
}

async function load(): Promise<ServiceList> {
  const summaries = toWire(await listServices());
  const items: ServiceListItem[] = summaries.map((s) => ({ ...s, Source: undefined }));
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      if (item.ServiceArn) item.Source = await sourceOf(item.ServiceArn, item.UpdatedAt);
    }
  };
  await Promise.all(Array.from({ length: DESCRIBE_CONCURRENCY }, worker));
  items.sort((a, b) => (a.ServiceName ?? "").localeCompare(b.ServiceName ?? ""));
  return { services: items, fetchedAt: new Date().toISOString() };
}

/** Every service, all ListServices pages, with each one's source (which ListServices lacks). */
export function loadServiceList(): Promise<ServiceList> {
  const now = Date.now();
  if (coolDown && now < coolDown.until) return Promise.reject(coolDown.error);
  if (shared && now - shared.at < SHARE_MS) return shared.list;
  const list = load();
  shared = { at: now, list };
  list.then(
    () => {
      coolDown = undefined;
    },
    (error: unknown) => {
      if (shared?.list === list) shared = undefined;
      if (toAppRunnerFailure(error).kind !== "throttled") return;
      const throttles = (coolDown?.throttles ?? 0) + 1;
      coolDown = { until: Date.now() + backoffDelay(throttles, COOL_DOWN), throttles, error };
    },
  );
  return list;
}

/** Whole seconds until the list asks App Runner again after throttling; 0 when it may now. */
export function serviceListRetryAfterSeconds(): number {
  return coolDown ? Math.max(0, Math.ceil((coolDown.until - Date.now()) / 1000)) : 0;
}
