/**
 * Answers requests for a service's URL (see service-urls.ts for how a Host names a service):
 * a code service that runs here gets its instances, through the scaler; everything else gets a
 * page from the emulator that says why no app answers. What each status answers:
 *
 * - RUNNING, instances running: the app. No instance: 502 (a run service whose instances all
 *   stopped), or, for a simulated service (an image, or code under `--code-services
 *   simulate`), a 200 page saying so, with the service's configuration.
 * - OPERATION_IN_PROGRESS: the app while instances run (a deployment keeps the old ones until
 *   the new ones are healthy), a 503 page while none do (being created or resumed).
 * - PAUSED: 503 "This service is paused". App Runner's guide says only that pausing "reduces the
 *   compute capacity for the service to zero" while "your application retains its App Runner
 *   domain" (manage-pause); the status code is our choice: the name stays, nothing serves it.
 * - CREATE_FAILED / DELETE_FAILED: 503 with the status; DELETED or an unknown host: 404.
 */
import type { IncomingMessage, ServerResponse } from "node:http";

import type { AutoScalingDoc } from "../shapes/auto-scaling";
import type { ServiceDoc } from "../shapes/service";
import type { ResourceRow, ResourceStore } from "../store/resource-store";
import { containerEngine, type EngineState } from "./container-engine";
import { forward } from "./forward";
import type { InstanceRuntime } from "./instance-runtime";
import { sendPage, serviceFacts, type Page } from "./pages";
import { Scaler, type ScalingLimits } from "./scaler";
import type { ServiceHost } from "./service-urls";

/** App Runner's defaults when a service names no configuration (FACTS.md "Defaults"). */
const DEFAULT_LIMITS: ScalingLimits = { maxConcurrency: 100, minSize: 1, maxSize: 25 };

export type ServiceProxyOptions = {
  store: ResourceStore;
  runtime: InstanceRuntime | undefined;
  /** Code services run for real (`--code-services run`) or are simulated. */
  runsCode: boolean;
  scaleInIdleMs: number;
  log?: (line: string) => void;
};

export class ServiceProxy {
  readonly scaler: Scaler | undefined;
  private listenPort = 0;
  private readonly arnByHost = new Map<string, string>();
  private readonly limitsByArn = new Map<string, ScalingLimits>();
  private readonly findService;
  private readonly findDomains;

  constructor(private readonly options: ServiceProxyOptions) {
    const { runtime, store } = options;
    this.scaler = runtime ? new Scaler(runtime, options.scaleInIdleMs, options.log) : undefined;
    this.findService = store.db.prepare<[string, string], { arn: string }>(
      "SELECT arn FROM resources WHERE kind = 'service' AND region = ? AND json_extract(doc, '$.ServiceUrl') LIKE ? ORDER BY id DESC LIMIT 1",
    );
    this.findDomains = store.db.prepare<
      [string, string, string],
      { name: string; link: string; www: number }
    >(
      "SELECT name, link, json_extract(doc, '$.EnableWWWSubdomain') AS www FROM resources WHERE kind = 'custom-domain' AND status = 'ACTIVE' AND name IN (?, ?, ?)",
    );
  }

  start(listenPort: number): void {
    this.listenPort = listenPort;
    this.scaler?.start();
  }

  stop(): void {
    this.scaler?.stop();
  }

  /** The service row a Host names, if any (the arn is remembered; the row is read fresh). */
  private serviceRow({ slug, region }: ServiceHost): ResourceRow | undefined {
    const key = `${slug}.${region}`;
    let arn = this.arnByHost.get(key);
    if (!arn) {
      arn = this.findService.get(region, `${key}.%`)?.arn;
      if (!arn) return undefined;
      this.arnByHost.set(key, arn);
    }
    return this.options.store.get(arn);
  }

  /** A configuration revision never changes, so each is read once. */
  private limits(row: ResourceRow): ScalingLimits {
    const arn = row.link;
    if (!arn) return DEFAULT_LIMITS;
    let limits = this.limitsByArn.get(arn);
    if (!limits) {
      const config = this.options.store.get(arn);
      if (!config) return DEFAULT_LIMITS;
      const doc = JSON.parse(config.doc) as AutoScalingDoc;
      limits = {
        maxConcurrency: doc.MaxConcurrency ?? DEFAULT_LIMITS.maxConcurrency,
        minSize: doc.MinSize ?? DEFAULT_LIMITS.minSize,
        maxSize: doc.MaxSize ?? DEFAULT_LIMITS.maxSize,
      };
      this.limitsByArn.set(arn, limits);
    }
    return limits;
  }

  /**
   * The service an ACTIVE custom domain of `name` belongs to: the domain itself; its `www.` name
   * when EnableWWWSubdomain is set (API_CustomDomain: "When true, the subdomain www.DomainName
   * is associated with the App Runner service in addition to the base domain"); or a name one
   * label under a wildcard (DomainName "can be ... a wildcard (for example, *.example.com)").
   * Only ACTIVE domains are served: our choice, since on AWS a name serves once its DNS records
   * and certificate validation are done, which is what ACTIVE stands for here.
   */
  private domainService(name: string): ResourceRow | undefined {
    // Only a dotted name can be a domain (not `localhost`, not an IPv6 literal).
    if (!name.includes(".") || name.startsWith("[")) return undefined;
    const parent = name.slice(name.indexOf(".") + 1);
    const bare = name.startsWith("www.") ? name.slice(4) : "";
    const found = this.findDomains.all(name, bare, `*.${parent}`);
    const match =
      found.find((d) => d.name === name) ??
      found.find((d) => d.name === bare && d.www === 1) ??
      found.find((d) => d.name === `*.${parent}`);
    return match && this.options.store.get(match.link);
  }

  /** Answers the request if its Host is an ACTIVE custom domain's; false leaves it alone. */
  handleCustomDomain(req: IncomingMessage, res: ServerResponse, name: string): boolean {
    const row = this.domainService(name);
    if (!row) return false;
    this.serve(req, res, row);
    return true;
  }

  handle(req: IncomingMessage, res: ServerResponse, host: ServiceHost | "unknown"): void {
    this.serve(req, res, host === "unknown" ? undefined : this.serviceRow(host));
  }

  private serve(req: IncomingMessage, res: ServerResponse, row: ResourceRow | undefined): void {
    if (!row || row.status === "DELETED") {
      req.resume();
      return sendPage(
        res,
        {
          status: 404,
          title: row ? "This service was deleted" : "No such service",
          lines: [
            row
              ? "The App Runner service behind this address was deleted."
              : `No App Runner service on this emulator has the address ${req.headers.host ?? ""}.`,
          ],
        },
        req.method,
      );
    }
    const serving = row.status === "RUNNING" || row.status === "OPERATION_IN_PROGRESS";
    const scaler = this.scaler;
    const limits = this.limits(row);
    const lease =
      serving && scaler ? scaler.acquire(row.arn, limits, row.status === "RUNNING") : undefined;
    if (lease && scaler) {
      forward(req, res, {
        port: lease.port,
        listenPort: this.listenPort,
        done: lease.release,
        elsewhere: () => {
          const other = scaler.acquire(row.arn, limits, false, lease.instanceId);
          return other && { port: other.port, done: other.release };
        },
      });
      return;
    }
    req.resume();
    const doc = JSON.parse(row.doc) as ServiceDoc;
    if (row.status === "RUNNING" && !this.runsFor(doc)) {
      void containerEngine().then((engine) =>
        sendPage(res, simulatedPage(doc, engine), req.method),
      );
      return;
    }
    sendPage(res, statusPage(doc), req.method);
  }

  /** Whether this emulator runs the service's code (else its URL shows a simulated page). */
  private runsFor(doc: ServiceDoc): boolean {
    return this.options.runsCode && Boolean(doc.SourceConfiguration.CodeRepository);
  }
}

function statusPage(doc: ServiceDoc): Page {
  const facts = serviceFacts(doc);
  switch (doc.Status) {
    case "PAUSED":
      return {
        status: 503,
        title: "This service is paused",
        lines: [
          `${doc.ServiceName} is paused: App Runner runs no instances of it until it is resumed.`,
        ],
        facts,
      };
    case "OPERATION_IN_PROGRESS":
      return {
        status: 503,
        title: "An operation is in progress",
        lines: [
          `An operation is in progress on ${doc.ServiceName} and no instance serves it yet. Try again when it is running.`,
        ],
        facts,
        headers: { "Retry-After": "5" },
      };
    case "RUNNING":
      return {
        status: 502,
        title: "No instance of this service answers",
        lines: [
          `${doc.ServiceName} is running, but none of its instances is up right now. Its application log says why.`,
        ],
        facts,
      };
    default:
      return {
        status: 503,
        title: doc.Status === "CREATE_FAILED" ? "This service failed to start" : "Not available",
        lines: [
          `${doc.ServiceName} is ${doc.Status}: no instance serves it. The service's deployment log says why.`,
        ],
        facts,
      };
  }
}

function simulatedPage(doc: ServiceDoc, engine: EngineState): Page {
  const image = Boolean(doc.SourceConfiguration.ImageRepository);
  const lines = image
    ? [
        `${doc.ServiceName} runs a container image, which the local App Runner emulator simulates: it reaches RUNNING and keeps its logs and settings, but no container runs.`,
        engine.answers
          ? `A container engine answers on this machine (${engine.name} ${engine.version}), but the emulator does not run images with it yet.`
          : "No container engine answers on this machine (docker info), so the image cannot run here.",
      ]
    : [
        `${doc.ServiceName} is a code service and the emulator was started with --code-services simulate: it reaches RUNNING on a timer and no code runs. Start the emulator with --code-services run to build and run it.`,
      ];
  return {
    status: 200,
    title: `${doc.ServiceName} is simulated`,
    lines,
    facts: serviceFacts(doc),
  };
}
