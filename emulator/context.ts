import type { EmulatorOptions } from "./cli-options";
import type { Lifecycle } from "./lifecycle/lifecycle";
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
};

/** A handler takes the validated input of its operation and returns the output shape. */
export type Handler<I> = (input: I, ctx: HandlerContext) => object;

// Handlers are stored together; each one's input type is checked where it is written.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyHandler = Handler<any>;
