import type { WizardValues } from "./wizard-values";

/** One sentence of what the numbers mean in time. */
export function describeHealthCheck(hc: WizardValues["healthCheck"]): string | undefined {
  const { interval, timeout, healthyThreshold: up, unhealthyThreshold: down } = hc;
  if (!interval || !timeout || !up || !down) return undefined;
  const checks = (n: number) => (n === 1 ? "1 check" : `${n} checks`);
  const failed = down === 1 ? "1 failed check" : `${down} failed checks`;
  return `Unhealthy after ${failed}, ${interval} s apart: ~${down * interval} s. Healthy again after ${checks(up)} pass (~${up * interval} s). Each check waits up to ${timeout} s for an answer.`;
}
