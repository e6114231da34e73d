/** `PORT` and names starting `AWSAPPRUNNER` are App Runner's own; plain and secret maps alike. */
export const RESERVED_ENV_NAME = /^(?:PORT$|AWSAPPRUNNER)/;
export const RESERVED_ENV_NAME_RULE =
  "PORT and names starting with AWSAPPRUNNER are reserved by App Runner";

export function isReservedEnvName(name: string): boolean {
  return RESERVED_ENV_NAME.test(name);
}

/** Variables and secrets together, per source configuration (as users report it). */
export const MAX_ENV_VARS = 50;
