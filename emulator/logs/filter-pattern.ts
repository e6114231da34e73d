import { InvalidParameterError } from "../errors";

/**
 * CloudWatch Logs term patterns: `ERROR`, `"exact phrase"`, `ERROR -DEBUG` (all terms, none of
 * the excluded), `?ERROR ?WARN` (any). JSON (`{ $.x = 1 }`) and space-delimited (`[a, b]`)
 * patterns are not emulated and are refused with a message that says so.
 */
export function compileFilterPattern(pattern: string | undefined): (message: string) => boolean {
  const text = pattern?.trim() ?? "";
  if (text === "") return () => true;
  if (text.startsWith("{") || text.startsWith("["))
    throw new InvalidParameterError(
      'The emulator supports term filter patterns only (words, "phrases", ?any, -exclude), not JSON or space-delimited patterns.',
    );
  const terms = [...text.matchAll(/([?-]?)(?:"((?:[^"\\]|\\.)*)"|(\S+))/g)].map((m) => ({
    mode: m[1] ?? "",
    term: m[2] ?? m[3] ?? "",
  }));
  const any = terms.filter((t) => t.mode === "?").map((t) => t.term);
  const all = terms.filter((t) => t.mode === "").map((t) => t.term);
  const none = terms.filter((t) => t.mode === "-").map((t) => t.term);
  return (message) =>
    (any.length === 0 || any.some((t) => message.includes(t))) &&
    all.every((t) => message.includes(t)) &&
    none.every((t) => !message.includes(t));
}
