/**
 * What the audit log keeps of a request: everything, except what would make the log itself a
 * place to steal secrets from. Pure: the store applies it to every entry it writes.
 */

export const REDACTED = "[redacted]";

/** App Runner's maps of environment variables and secrets: the names stay, the values go. */
const ENV_MAPS = new Set(["RuntimeEnvironmentVariables", "RuntimeEnvironmentSecrets"]);

/** Members whose value is a secret wherever they appear (a provider token, a password). */
const SECRET_MEMBER =
  /secret|passw(or)?d|passphrase|token|credential|session|private[-_]?key|api[-_]?key|authorization|cookie/i;

/**
 * Secrets by their look, wherever they are (a start command, a tag): AWS access key ids,
 * private keys, common provider tokens, and NAME=value where the name says it is secret.
 */
const SECRET_TEXT: { pattern: RegExp; replace: string }[] = [
  {
    pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g,
    replace: REDACTED,
  },
  { pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, replace: REDACTED },
  { pattern: /\b(?:gh[pousr]_|github_pat_)[A-Za-z0-9_]{20,}/g, replace: REDACTED },
  { pattern: /\bglpat-[A-Za-z0-9_-]{20,}/g, replace: REDACTED },
  { pattern: /\bxox[abprs]-[A-Za-z0-9-]{10,}/g, replace: REDACTED },
  {
    pattern:
      /\b([A-Za-z0-9_]*(?:SECRET|PASSWORD|PASSWD|TOKEN|API_KEY|APIKEY|PRIVATE_KEY|CREDENTIALS?)[A-Za-z0-9_]*)=("[^"]*"|'[^']*'|\S+)/gi,
    replace: `$1=${REDACTED}`,
  },
];

function redactText(text: string): string {
  return SECRET_TEXT.reduce((out, { pattern, replace }) => out.replace(pattern, replace), text);
}

function redactValues(map: unknown): unknown {
  if (map === null || typeof map !== "object" || Array.isArray(map)) return REDACTED;
  return Object.fromEntries(Object.keys(map).map((name) => [name, REDACTED]));
}

/** A copy of `request` with every secret replaced by "[redacted]"; the input is not changed. */
export function redactRequest(request: unknown): unknown {
  if (typeof request === "string") return redactText(request);
  if (Array.isArray(request)) return request.map(redactRequest);
  if (request === null || typeof request !== "object") return request;
  if (request instanceof Date) return request.toISOString();
  return Object.fromEntries(
    Object.entries(request).map(([member, value]) => {
      if (ENV_MAPS.has(member)) return [member, redactValues(value)];
      if (SECRET_MEMBER.test(member) && value !== null && value !== undefined)
        return [member, REDACTED];
      return [member, redactRequest(value)];
    }),
  );
}
