export type EnvFileEntry = { name: string; value: string };
export type EnvFileResult = { entries: EnvFileEntry[]; skipped: { line: number; text: string }[] };

/**
 * Reads a pasted `.env`: `NAME=value` lines, `export NAME=value`, quotes ('…' literal,
 * "…" with \n escapes), `#` comments and blank lines. A line that is none of these is
 * reported back instead of silently dropped.
 */
export function parseEnvFile(text: string): EnvFileResult {
  const entries: EnvFileEntry[] = [];
  const skipped: EnvFileResult["skipped"] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith("#")) return;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line);
    if (!match) {
      skipped.push({ line: i + 1, text: raw });
      return;
    }
    const name = match[1]!;
    let value = match[2]!;
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.length >= 2 && value.endsWith(quote)) {
      value = value.slice(1, -1);
      if (quote === '"') value = value.replace(/\\n/g, "\n").replace(/\\"/g, '"');
    } else {
      // An unquoted value ends at an inline comment.
      value = value.replace(/\s+#.*$/, "").trim();
    }
    entries.push({ name, value });
  });
  return { entries, skipped };
}
