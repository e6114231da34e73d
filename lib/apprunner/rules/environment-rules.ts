import { isReservedEnvName, MAX_ENV_VARS } from "../constants";
import type { ApiIssue } from "./api-issue";
import { isSecretReference } from "./secret-reference";

type EnvironmentHolder = {
  RuntimeEnvironmentVariables?: Record<string, string>;
  RuntimeEnvironmentSecrets?: Record<string, string>;
};

/**
 * Environment rules of one ImageConfiguration or CodeConfigurationValues (at `base`). Names and
 * values are sensitive in the model, so messages never repeat them; a reserved name is described
 * by the rule it breaks.
 */
export function environmentIssues(holder: EnvironmentHolder, base: string): ApiIssue[] {
  const issues: ApiIssue[] = [];
  const variables = Object.keys(holder.RuntimeEnvironmentVariables ?? {});
  const secrets = Object.entries(holder.RuntimeEnvironmentSecrets ?? {});

  const reservedMessage = (kind: string, names: string[]) => {
    const port = names.includes("PORT") ? "PORT is reserved (set the port with Port instead)" : "";
    const prefixed = names.filter((n) => n !== "PORT").length;
    const prefix = prefixed
      ? `${prefixed} ${kind} name${prefixed === 1 ? " starts" : "s start"} with AWSAPPRUNNER, which is reserved`
      : "";
    return [port, prefix].filter(Boolean).join(", and ");
  };

  const reservedVariables = variables.filter(isReservedEnvName);
  if (reservedVariables.length)
    issues.push({
      path: `${base}.RuntimeEnvironmentVariables`,
      rule: "reserved-env-name",
      message: reservedMessage("variable", reservedVariables),
    });
  const reservedSecrets = secrets.map(([name]) => name).filter(isReservedEnvName);
  if (reservedSecrets.length)
    issues.push({
      path: `${base}.RuntimeEnvironmentSecrets`,
      rule: "reserved-env-name",
      message: reservedMessage("secret", reservedSecrets),
    });

  const total = variables.length + secrets.length;
  if (total > MAX_ENV_VARS)
    issues.push({
      path: `${base}.RuntimeEnvironmentVariables`,
      rule: "env-limit",
      message: `At most ${MAX_ENV_VARS} environment variables and secrets together (the request has ${total})`,
    });

  const badSecrets = secrets.filter(([, value]) => !isSecretReference(value)).length;
  if (badSecrets)
    issues.push({
      path: `${base}.RuntimeEnvironmentSecrets`,
      rule: "secret-reference",
      message: `${badSecrets === 1 ? "1 secret value is" : `${badSecrets} secret values are`} not a Secrets Manager secret ARN, an SSM parameter ARN or an SSM parameter name`,
    });
  return issues;
}
