/**
 * Everything the emulator's server does besides the App Runner and Logs APIs, in one place so
 * the server only asks `handles(req, res)`: the service URLs (Host-based routing to the proxy),
 * the auto scaling that goes with it, and the CloudWatch reads of the ActiveInstances metric.
 */
import type { IncomingMessage, ServerResponse } from "node:http";

import type { EmulatorOptions } from "../cli-options";
import { handleCloudWatch, isCloudWatchTarget } from "../metrics/cloudwatch-api";
import { InstanceHistory } from "../metrics/instance-history";
import type { ResourceStore } from "../store/resource-store";
import type { InstanceRuntime } from "./instance-runtime";
import { ServiceProxy } from "./service-proxy";
import { classifyHost, hostName, ServiceUrls } from "./service-urls";
import { syncServiceUrls } from "./sync-service-urls";

export class ServiceFront {
  readonly serviceUrls: ServiceUrls;
  readonly history: InstanceHistory;
  private proxy: ServiceProxy;
  private port: number | undefined;

  constructor(
    private readonly store: ResourceStore,
    private readonly options: EmulatorOptions,
  ) {
    this.serviceUrls = new ServiceUrls(options.serviceUrls ?? "local");
    this.history = new InstanceHistory(store.db);
    // Whatever ran before this start is gone (a crash included): counts restart from zero.
    this.history.nothingRuns();
    this.proxy = this.makeProxy(undefined);
  }

  private makeProxy(runtime: InstanceRuntime | undefined): ServiceProxy {
    return new ServiceProxy({
      store: this.store,
      runtime,
      runsCode: this.options.codeServices === "run",
      scaleInIdleMs: this.options.scaleInIdleMs,
      log: (line) => console.log(`emulator: ${line}`),
    });
  }

  /** Connects the runtime that runs code services: its instances serve and are counted. */
  attach(runtime: InstanceRuntime): void {
    this.proxy.stop();
    this.proxy = this.makeProxy(runtime);
    if (this.port !== undefined) this.proxy.start(this.port);
    runtime.on("instances", (serviceArn, count) => this.history.record(serviceArn, count));
  }

  /** Once listening: URLs get the real port (stored ones too) and scaling starts. */
  listening(port: number): void {
    this.port = port;
    this.serviceUrls.listening(port);
    syncServiceUrls(this.store, this.serviceUrls);
    this.proxy.start(port);
  }

  /** Answers the request if it is for a service URL or CloudWatch; false leaves it to the API. */
  handles(req: IncomingMessage, res: ServerResponse): boolean {
    const host = classifyHost(req.headers.host);
    // An API call under an unknown *.localhost name (an endpoint someone named so) stays an API
    // call; a service's own name always reaches the service.
    const apiCall = host === "unknown" && req.headers["x-amz-target"] !== undefined;
    if (host !== "api" && !apiCall) {
      this.proxy.handle(req, res, host);
      return true;
    }
    // A request (not an API call) under an ACTIVE custom domain's name reaches its service.
    if (
      host === "api" &&
      req.headers["x-amz-target"] === undefined &&
      this.proxy.handleCustomDomain(req, res, hostName(req.headers.host))
    )
      return true;
    if (req.method === "POST" && isCloudWatchTarget(req.headers["x-amz-target"])) {
      void handleCloudWatch(req, res, { account: this.options.accountId, history: this.history });
      return true;
    }
    return false;
  }

  /** Before the database closes: scaling stops and the counts end at zero. */
  close(): void {
    this.proxy.stop();
    this.history.nothingRuns();
  }
}
