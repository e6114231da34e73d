import {
  CPU_MEMORY_PAIRS,
  DEFAULT_AUTO_SCALING,
  DEFAULT_PORT,
  HEALTH_CHECK_DEFAULTS,
  MAX_ENV_VARS,
  RUNTIME_LABELS,
  RUNTIMES,
} from "@/lib/apprunner/constants";

import { blankValues } from "./defaults";
import { PRESETS } from "./presets";
import type { WizardChoices } from "./wizard-choices";

/** Runs on the server (in the wizard's layout); the result is plain data for the browser. */
export function buildWizardChoices(): WizardChoices {
  return {
    sizes: CPU_MEMORY_PAIRS.map((p) => ({ cpu: p.cpu, memory: p.memory, label: p.label })),
    runtimes: RUNTIMES.map((r) => ({ value: r, label: RUNTIME_LABELS[r] })),
    healthCheckDefaults: { ...HEALTH_CHECK_DEFAULTS },
    maxEnvVars: MAX_ENV_VARS,
    defaultPort: DEFAULT_PORT,
    defaultAutoScaling: {
      name: DEFAULT_AUTO_SCALING.AutoScalingConfigurationName,
      MaxConcurrency: DEFAULT_AUTO_SCALING.MaxConcurrency,
      MinSize: DEFAULT_AUTO_SCALING.MinSize,
      MaxSize: DEFAULT_AUTO_SCALING.MaxSize,
    },
    blank: blankValues(),
    presets: PRESETS.map((p) => ({
      id: p.id,
      title: p.title,
      description: p.description,
      values: p.values(),
    })),
  };
}
