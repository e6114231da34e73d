import type { WizardValues } from "./wizard-schema";

/** Code read from `apprunner.yaml` replaces everything the build step asks for. */
export function usesRepositoryConfig(values: WizardValues): boolean {
  return values.source.type === "code" && values.build.configurationSource === "REPOSITORY";
}
