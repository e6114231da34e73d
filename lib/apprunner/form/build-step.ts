import { z } from "zod";

import { MAX_ENV_VARS } from "@/lib/apprunner/constants";
import {
  BuildCommand,
  ConfigurationSource,
  Runtime,
  RuntimeEnvironmentSecretsName,
  RuntimeEnvironmentSecretsValue,
  RuntimeEnvironmentVariablesKey,
  RuntimeEnvironmentVariablesValue,
  StartCommand,
} from "@/lib/apprunner/schema/shapes.generated";

import { isReservedEnvName, isSecretReference } from "./env-rules";
import { checkText, conforms, type IssueSink } from "./field-checks";
import { usesRepositoryConfig } from "./uses-repository-config";
import type { WizardValues } from "./wizard-schema";

export const envRowSchema = z.object({
  name: z.string(),
  value: z.string(),
  kind: z.enum(["plain", "secret"]),
});

export const buildStepSchema = z.object({
  build: z.object({
    configurationSource: ConfigurationSource,
    runtime: z.union([z.literal(""), Runtime]),
    buildCommand: z.string(),
    startCommand: z.string(),
    port: z.string(),
    env: z.array(envRowSchema),
  }),
});

export function buildStepRules(values: WizardValues, add: IssueSink): void {
  if (usesRepositoryConfig(values)) return;
  const { build } = values;
  const code = values.source.type === "code";
  if (code && !build.runtime) add("build.runtime", "Choose the runtime your code runs on.");
  if (code)
    checkText(add, "build.buildCommand", build.buildCommand, BuildCommand, {
      invalid: "Write the build command on one line.",
    });
  checkText(add, "build.startCommand", build.startCommand, StartCommand, {
    required: code ? "Enter the command that starts your application." : undefined,
    invalid: "Write the start command on one line.",
  });
  const port = Number(build.port);
  if (!/^\d+$/.test(build.port.trim()) || port < 1 || port > 65535)
    add("build.port", "Enter the port your application listens on, from 1 to 65535.");

  if (build.env.length > MAX_ENV_VARS)
    add(
      "build.env",
      `App Runner allows at most ${MAX_ENV_VARS} variables and secrets together; remove ${build.env.length - MAX_ENV_VARS}.`,
    );
  const seen = new Set<string>();
  build.env.forEach((row, i) => {
    const at = `build.env.${i}`;
    const name = row.name.trim();
    const secret = row.kind === "secret";
    if (!name) add(`${at}.name`, `Enter a name for variable ${i + 1}, or remove the row.`);
    else if (isReservedEnvName(name))
      add(`${at}.name`, `${name} is reserved by App Runner; choose another name.`);
    else if (seen.has(name)) add(`${at}.name`, `${name} is set twice; keep one.`);
    else if (
      !conforms(secret ? RuntimeEnvironmentSecretsName : RuntimeEnvironmentVariablesKey, name)
    )
      add(`${at}.name`, `The name of variable ${i + 1} is too long.`);
    seen.add(name);
    if (secret) {
      if (!conforms(RuntimeEnvironmentSecretsValue, row.value) || !isSecretReference(row.value))
        add(
          `${at}.value`,
          `Secret ${name || i + 1} needs a Secrets Manager ARN, an SSM parameter ARN or an SSM parameter name.`,
        );
    } else if (!conforms(RuntimeEnvironmentVariablesValue, row.value)) {
      add(`${at}.value`, `The value of ${name || `variable ${i + 1}`} is too long.`);
    }
  });
}
