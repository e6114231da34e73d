import "server-only";

import { lastThrottledAt } from "@/lib/apprunner/client";
import { backoffDelay } from "@/lib/apprunner/watch/backoff";
import type { RedisBus } from "@/lib/apprunner/watch/redis-bus";
import { getSharedBus } from "@/lib/apprunner/watch/shared-bus";
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
 * While App Runner throttles ListServices (on any attempt, even one the SDK's retry then got
 * through), the list asks less often: until `until` every viewer gets what the last listing
 * gave (the list, or its failure) without a call. Each throttled listing in a row doubles the
 * wait, as the watch hub's loops back off; a listing without throttling ends it.
 */
const COOL_DOWN = { baseMs: 5_000, maxMs: 60_000 };
type CoolDown = { until: number; throttles: number } & (
  { ok: true; list: ServiceList } | { ok: false; error: unknown }
);
let coolDown: CoolDown | undefined;

function coolOff(
  startedAt: number,
  last: { ok: true; list: ServiceList } | { ok: false; error: unknown },
) {
  const throttled = (lastThrottledAt("ListServicesCommand") ?? -Infinity) >= startedAt;
  if (!throttled) {
    coolDown = undefined;
    return;
  }
  const throttles = (coolDown?.throttles ?? 0) + 1;
  coolDown = { until: Date.now() + backoffDelay(throttles, COOL_DOWN), throttles, ...last };
}

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

/** How long the replica walking ListServices for everyone may take before another one tries. */
const SHARED_LEASE_MS = 10_000;
/** How long a shared list is kept in Redis (it is only used while younger than SHARE_MS). */
const SHARED_KEEP_MS = 60_000;
const SHARED_POLL_MS = 50;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

/**
 * With REDIS_URL the replicas share one walk too: a list younger than SHARE_MS in Redis is used
 * as it is; otherwise the replica that takes the lease walks ListServices and publishes the
 * list, and the others wait for it (or, if it takes too long, walk themselves). A failure is not
 * shared: the next replica to ask tries again (each replica's throttling cool-down still holds).
 */
export async function sharedServiceList(
  bus: RedisBus,
  walk: () => Promise<ServiceList> = load,
): Promise<ServiceList> {
  const key = bus.key("services", "list");
  const lease = bus.key("services", "lease");
  const deadline = Date.now() + SHARED_LEASE_MS;
  for (;;) {
    let took: string | null;
    let redis: Awaited<ReturnType<RedisBus["command"]>>;
    try {
      redis = await bus.command();
      const stored = await redis.sendCommand<string | null>(["GET", key]);
      if (stored !== null) {
        const { at, list } = JSON.parse(stored) as { at: number; list: ServiceList };
        if (Date.now() - at < SHARE_MS) return list;
      }
      took = await redis.sendCommand<string | null>([
        "SET",
        lease,
        bus.replicaId,
        "NX",
        "PX",
        `${SHARED_LEASE_MS}`,
      ]);
    } catch {
      // Redis is away: this replica walks for itself, as a dashboard without Redis does.
      return walk();
    }
    if (took === "OK") {
      try {
        const list = await walk();
        const body = JSON.stringify({ at: Date.now(), list });
        // The list stands even if Redis went away since: the others walk for themselves.
        await redis.sendCommand(["SET", key, body, "PX", `${SHARED_KEEP_MS}`]).catch(() => {});
        return list;
      } finally {
        await redis.sendCommand(["EVAL", RELEASE, "1", lease, bus.replicaId]).catch(() => {});
      }
    }
    if (Date.now() >= deadline) return walk();
    await new Promise((resolve) => setTimeout(resolve, SHARED_POLL_MS));
  }
}

/** Every service, all ListServices pages, with each one's source (which ListServices lacks). */
export function loadServiceList(): Promise<ServiceList> {
  const now = Date.now();
  if (coolDown && now < coolDown.until)
    return coolDown.ok ? Promise.resolve(coolDown.list) : Promise.reject(coolDown.error);
  if (shared && now - shared.at < SHARE_MS) return shared.list;
  const bus = getSharedBus();
  const list = bus ? sharedServiceList(bus) : load();
  shared = { at: now, list };
  list.then(
    (value) => coolOff(now, { ok: true, list: value }),
    (error: unknown) => {
      if (shared?.list === list) shared = undefined;
      coolOff(now, { ok: false, error });
    },
  );
  return list;
}

/** Whole seconds until the list asks App Runner again after throttling; 0 when it may now. */
export function serviceListRetryAfterSeconds(): number {
  return coolDown ? Math.max(0, Math.ceil((coolDown.until - Date.now()) / 1000)) : 0;
}
