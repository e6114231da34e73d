import { z } from "zod";

import {
  HealthCheckHealthyThreshold,
  HealthCheckInterval,
  HealthCheckPath,
  HealthCheckProtocol,
  HealthCheckTimeout,
  HealthCheckUnhealthyThreshold,
} from "@/lib/apprunner/schema/shapes.generated";

import { checkText, checkWholeNumber, type IssueSink } from "./field-checks";
import type { WizardValues } from "./wizard-schema";

/** Number inputs hold null while empty, so "empty" and "0" stay different. */
const wholeNumber = z.number().nullable();

export const healthCheckStepSchema = z.object({
  healthCheck: z.object({
    protocol: HealthCheckProtocol,
    path: z.string(),
    interval: wholeNumber,
    timeout: wholeNumber,
    healthyThreshold: wholeNumber,
    unhealthyThreshold: wholeNumber,
  }),
});

export function healthCheckStepRules({ healthCheck: hc }: WizardValues, add: IssueSink): void {
  if (hc.protocol === "HTTP") {
    checkText(add, "healthCheck.path", hc.path, HealthCheckPath, {
      required: "Enter the path App Runner requests, e.g. /health.",
      invalid: "Enter a path such as /health.",
    });
    if (hc.path.trim() && !hc.path.trim().startsWith("/"))
      add("healthCheck.path", "Start the path with /, e.g. /health.");
  }
  checkWholeNumber(add, "healthCheck.interval", hc.interval, HealthCheckInterval, "the interval");
  checkWholeNumber(add, "healthCheck.timeout", hc.timeout, HealthCheckTimeout, "the timeout");
  checkWholeNumber(
    add,
    "healthCheck.healthyThreshold",
    hc.healthyThreshold,
    HealthCheckHealthyThreshold,
    "the healthy threshold",
  );
  checkWholeNumber(
    add,
    "healthCheck.unhealthyThreshold",
    hc.unhealthyThreshold,
    HealthCheckUnhealthyThreshold,
    "the unhealthy threshold",
  );
}
