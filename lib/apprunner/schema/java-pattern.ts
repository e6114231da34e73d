/**
 * Translates a model pattern (a Java regex, applied with full-match semantics by AWS's
 * validation) into a JavaScript RegExp source with the same meaning.
 *
 * Differences that matter for the App Runner model:
 * - full match: wrap as `^(?:…)$`;
 * - Java's `.` also refuses U+0085 (NEL); JavaScript's does not, so spell it out;
 * - Java-only syntax (possessive quantifiers, atomic groups, `\Q…\E`, `\A`/`\Z`/`\z`, `\p{…}`,
 *   class unions/intersections) is refused loudly, so a model change cannot slip through with a
 *   silently different meaning.
 */
const JAVA_DOT = "[^\\n\\r\\u0085\\u2028\\u2029]";

export function javaPatternToJs(pattern: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "\\") {
      const next = pattern[i + 1];
      if (next === undefined) throw new Error(`pattern ends with a lone backslash: ${pattern}`);
      if ("QEAZzpPhHRX".includes(next))
        throw new Error(`unsupported Java escape \\${next} in pattern: ${pattern}`);
      out += c + next;
      i++;
      continue;
    }
    if (inClass) {
      if (c === "[" || (c === "&" && pattern[i + 1] === "&"))
        throw new Error(`unsupported Java class union/intersection in pattern: ${pattern}`);
      if (c === "]") inClass = false;
      out += c;
      continue;
    }
    if (c === "[") {
      inClass = true;
      out += c;
      // A `]` right after `[` or `[^` is a literal in Java; JavaScript needs it escaped.
      if (pattern[i + 1] === "^") {
        out += "^";
        i++;
      }
      if (pattern[i + 1] === "]") {
        out += "\\]";
        i++;
      }
      continue;
    }
    if (c === "(" && pattern[i + 1] === "?" && pattern[i + 2] === ">")
      throw new Error(`unsupported atomic group in pattern: ${pattern}`);
    if ((c === "+" || c === "*" || c === "?" || c === "}") && pattern[i + 1] === "+")
      throw new Error(`unsupported possessive quantifier in pattern: ${pattern}`);
    out += c === "." ? JAVA_DOT : c;
  }
  if (inClass) throw new Error(`unterminated character class in pattern: ${pattern}`);
  return `^(?:${out})$`;
}
