import type { AppRunnerHandlers } from "../context";
import { autoScalingHandlers } from "./auto-scaling";
import { connectionHandlers } from "./connections";
import { customDomainHandlers } from "./custom-domains";
import { observabilityHandlers } from "./observability";
import { serviceHandlers } from "./services";
import { tagHandlers } from "./tags";
import { vpcConnectorHandlers } from "./vpc-connectors";
import { vpcIngressHandlers } from "./vpc-ingress";

/**
 * The allow-list: `AppRunner.<name>` targets the emulator answers, one handler each. The type
 * demands a handler for every operation of the model, taking that operation's input.
 */
export const APP_RUNNER_HANDLERS: Readonly<AppRunnerHandlers> = {
  ...serviceHandlers,
  ...autoScalingHandlers,
  ...connectionHandlers,
  ...vpcConnectorHandlers,
  ...vpcIngressHandlers,
  ...observabilityHandlers,
  ...customDomainHandlers,
  ...tagHandlers,
};

/** Calls that only read skip the write transaction. */
export function isReadOnly(operation: string): boolean {
  return /^(Describe|List|Get|Filter)/.test(operation);
}
