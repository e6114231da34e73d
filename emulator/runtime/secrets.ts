/**
 * RuntimeEnvironmentSecrets resolved from a local file, since there is no Secrets Manager or
 * Parameter Store here: `<data-dir>/secrets.json`, a JSON object mapping a secret's reference
 * (the full ARN, or a parameter's name, exactly as the service configuration gives it) to its
 * value, e.g. `{"arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf": "s3cret"}`.
 * Read at each deployment, so editing it needs no restart.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";

export const SECRETS_FILE = "secrets.json";

export type SecretsResult =
  { ok: true; values: Record<string, string> } | { ok: false; reason: string };

export async function resolveSecrets(
  dataDir: string,
  wanted: Record<string, string>,
): Promise<SecretsResult> {
  const names = Object.keys(wanted);
  if (names.length === 0) return { ok: true, values: {} };
  const file = path.join(dataDir, SECRETS_FILE);
  let known: Record<string, unknown> = {};
  try {
    const parsed = JSON.parse(await readFile(file, "utf8")) as unknown;
    if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed))
      known = parsed as Record<string, unknown>;
    else return { ok: false, reason: `${file} must hold a JSON object of reference → value.` };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT")
      return { ok: false, reason: `${file} could not be read: ${(error as Error).message}` };
  }
  const values: Record<string, string> = {};
  for (const name of names) {
    const reference = wanted[name]!;
    const value = known[reference];
    if (typeof value !== "string")
      return {
        ok: false,
        reason: `Secret ${reference} (for ${name}) not found in ${file}; add it as "${reference}": "<value>".`,
      };
    values[name] = value;
  }
  return { ok: true, values };
}
