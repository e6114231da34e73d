/**
 * Spreads a service's requests over its instances and sizes it as App Runner's auto scaling
 * does (developer guide, "Managing App Runner automatic scaling"):
 *
 * - "Max concurrency – The maximum number of concurrent requests that an instance processes.
 *   When the number of concurrent requests exceeds this quota, App Runner scales up the
 *   service." Here: when the requests in flight exceed MaxConcurrency × instances (counting
 *   the ones already starting), one more instance starts, up to MaxSize.
 * - "Max size – The maximum number of instances that your service scales up to."
 * - "Min size – … The service always has at least this number of provisioned instances."
 *   The guide gives no time for scaling in; here an instance above MinSize that has had no
 *   request for the idle window (`--scale-in-idle-ms`, 60 s unless given) is stopped.
 *
 * A request goes to the instance with the fewest requests in flight, the oldest first on a tie,
 * so a trickle of traffic stays on the oldest instances and the extra ones fall idle.
 */
import type { InstanceRuntime, RunningInstance } from "./instance-runtime";

export type ScalingLimits = { maxConcurrency: number; minSize: number; maxSize: number };

type Slot = RunningInstance & { inFlight: number; lastBusyAt: number; leaving: boolean };

type ServiceTraffic = { slots: Map<string, Slot>; starting: number; limits: ScalingLimits };

export type Lease = { port: number; instanceId: string; release(): void };

export class Scaler {
  private readonly services = new Map<string, ServiceTraffic>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly runtime: InstanceRuntime,
    private readonly idleMs: number,
    private readonly log: (line: string) => void = () => {},
    private readonly now: () => number = Date.now,
  ) {}

  /** Checks for idle instances a few times per idle window. */
  start(): void {
    const every = Math.max(50, Math.min(5_000, Math.floor(this.idleMs / 4)));
    this.timer = setInterval(() => this.scaleIn(), every);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Requests in flight per instance of a service (for tests and the bench's report). */
  inFlight(serviceArn: string): number {
    let total = 0;
    for (const slot of this.services.get(serviceArn)?.slots.values() ?? []) total += slot.inFlight;
    return total;
  }

  /**
   * Picks an instance for one request and counts it in flight until `release`. Scales out when
   * the service is busier than its instances may be. Undefined when no instance runs.
   */
  acquire(
    serviceArn: string,
    limits: ScalingLimits,
    scale: boolean,
    avoid?: string,
  ): Lease | undefined {
    const traffic = this.sync(serviceArn, limits);
    let best: Slot | undefined;
    let total = 0;
    for (const slot of traffic.slots.values()) {
      total += slot.inFlight;
      if (slot.leaving || slot.instanceId === avoid) continue;
      if (!best || slot.inFlight < best.inFlight) best = slot;
    }
    if (!best) return undefined;
    const slot = best;
    slot.inFlight++;
    slot.lastBusyAt = this.now();
    total++;
    if (scale) this.scaleOut(serviceArn, traffic, total);
    let released = false;
    return {
      port: slot.port,
      instanceId: slot.instanceId,
      release: () => {
        if (released) return;
        released = true;
        slot.inFlight--;
        slot.lastBusyAt = this.now();
      },
    };
  }

  /** Keeps the slots in step with the runtime's instances, oldest first. */
  private sync(serviceArn: string, limits: ScalingLimits): ServiceTraffic {
    let traffic = this.services.get(serviceArn);
    if (!traffic) {
      traffic = { slots: new Map(), starting: 0, limits };
      this.services.set(serviceArn, traffic);
    }
    traffic.limits = limits;
    const running = this.runtime.instances(serviceArn);
    const known = new Set<string>();
    for (const instance of [...running].sort((a, b) => a.startedAt - b.startedAt)) {
      known.add(instance.instanceId);
      if (!traffic.slots.has(instance.instanceId))
        traffic.slots.set(instance.instanceId, {
          ...instance,
          inFlight: 0,
          lastBusyAt: this.now(),
          leaving: false,
        });
    }
    // An instance the runtime stopped takes no new request; its slot goes once it is quiet.
    for (const [id, slot] of traffic.slots) {
      if (known.has(id)) continue;
      if (slot.inFlight === 0) traffic.slots.delete(id);
      else slot.leaving = true;
    }
    return traffic;
  }

  private scaleOut(serviceArn: string, traffic: ServiceTraffic, inFlight: number): void {
    const { maxConcurrency, maxSize } = traffic.limits;
    const active = [...traffic.slots.values()].filter((s) => !s.leaving).length;
    const planned = active + traffic.starting;
    if (inFlight <= planned * maxConcurrency || planned >= maxSize) return;
    traffic.starting++;
    this.log(
      `scaling out ${serviceArn}: ${inFlight} requests in flight > ${maxConcurrency} × ${planned} instances`,
    );
    this.runtime
      .addInstance(serviceArn)
      .catch((error: unknown) => this.log(`could not add an instance: ${String(error)}`))
      .finally(() => {
        traffic.starting--;
        this.sync(serviceArn, traffic.limits);
      });
  }

  /** Stops instances above MinSize that had no request for the idle window, one per service. */
  scaleIn(): void {
    const now = this.now();
    for (const [serviceArn, traffic] of this.services) {
      this.sync(serviceArn, traffic.limits);
      if (traffic.slots.size === 0 && traffic.starting === 0) {
        this.services.delete(serviceArn);
        continue;
      }
      const staying = [...traffic.slots.values()].filter((s) => !s.leaving);
      if (staying.length <= traffic.limits.minSize) continue;
      // The newest idle instance goes first: the oldest ones take the trickle.
      const idle = staying
        .filter((s) => s.inFlight === 0 && now - s.lastBusyAt >= this.idleMs)
        .sort((a, b) => b.startedAt - a.startedAt)[0];
      if (!idle) continue;
      idle.leaving = true;
      this.log(`scaling in ${serviceArn}: instance ${idle.instanceId} idle for ${this.idleMs} ms`);
      this.runtime
        .removeInstance(serviceArn, idle.instanceId)
        .catch((error: unknown) => this.log(`could not remove an instance: ${String(error)}`))
        .finally(() => traffic.slots.delete(idle.instanceId));
    }
  }
}
