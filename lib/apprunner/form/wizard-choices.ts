import type { WizardValues } from "./wizard-schema";

/**
 * Everything the browser needs from the API's constants, computed on the server and handed to
 * the wizard as props. The constants module reaches the generated schemas (and so zod), which
 * would otherwise ride along in every step's first load.
 */
export type WizardChoices = {
  sizes: { cpu: string; memory: string; label: string }[];
  runtimes: { value: string; label: string }[];
  healthCheckDefaults: {
    Protocol: string;
    Path: string;
    Interval: number;
    Timeout: number;
    HealthyThreshold: number;
    UnhealthyThreshold: number;
  };
  maxEnvVars: number;
  defaultPort: string;
  defaultAutoScaling: { name: string; MaxConcurrency: number; MinSize: number; MaxSize: number };
  blank: WizardValues;
  presets: { id: string; title: string; description: string; values: WizardValues }[];
};
