import { toWirePath } from "@/lib/apprunner/validation";

import { InvalidRequestError } from "../errors";

/**
 * A refusal about one member, worded like AWS's validation errors so clients (and the
 * dashboard) can tell which field it is about: `Value '…' at 'a.b' failed to satisfy
 * constraint: …`.
 */
export function fieldError(path: string, value: unknown, rule: string): InvalidRequestError {
  const shown =
    typeof value === "string" || typeof value === "number" || typeof value === "boolean"
      ? `Value '${String(value)}'`
      : "Value";
  return new InvalidRequestError(
    `1 validation error detected: ${shown} at '${toWirePath(path)}' failed to satisfy constraint: ${rule}`,
  );
}
