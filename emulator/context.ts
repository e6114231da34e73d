import type { OperationInput, OperationName } from "@/lib/apprunner/schema/operations.generated";

import type { EmulatorOptions } from "./cli-options";
import type { Lifecycle } from "./lifecycle/lifecycle";
import type { LogsInput, LogsOperation } from "./logs/logs-input";
import type { ServiceUrls } from "./proxy/service-urls";
import type { LogStore } from "./store/log-store";
import type { ResourceStore } from "./store/resource-store";

/** What every handler gets: the caller's region and account, the clock, and the state. */
export type HandlerContext = {
  region: string;
  account: string;
  /** Milliseconds since the epoch, read once per request. */
  now: number;
  store: ResourceStore;
  logs: LogStore;
  lifecycle: Lifecycle;
  options: EmulatorOptions;
  /** Mints a new service's ServiceUrl in the form the emulator serves. */
  serviceUrls: ServiceUrls;
};

/** A handler takes the validated input of its operation and returns the output shape. */
export type Handler<I> = (input: I, ctx: HandlerContext) => object;

/** One handler per App Runner operation, its input type following from the operation's name. */
export type AppRunnerHandlers = { [O in OperationName]: Handler<OperationInput<O>> };

/** The same for the CloudWatch Logs operations the emulator answers. */
export type LogsHandlers = { [O in LogsOperation]: Handler<LogsInput<O>> };
