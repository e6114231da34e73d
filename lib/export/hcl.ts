/**
 * Just enough of Terraform's language to write resources: attributes, nested blocks, strings,
 * numbers, booleans, lists and maps, laid out as `terraform fmt` lays them out (the `=` of
 * neighbouring one-line attributes aligned).
 */
export type HclValue =
  | string
  | number
  | boolean
  | { expression: string }
  | readonly HclValue[]
  | { map: Readonly<Record<string, string>> };

export type HclItem =
  | { kind: "attribute"; name: string; value: HclValue }
  | { kind: "block"; name: string; labels?: readonly string[]; body: readonly HclItem[] };

export const attribute = (name: string, value: HclValue | undefined): HclItem[] =>
  value === undefined || value === "" ? [] : [{ kind: "attribute", name, value }];

export const block = (
  name: string,
  body: readonly HclItem[],
  labels?: readonly string[],
): HclItem[] => (body.length === 0 && !labels ? [] : [{ kind: "block", name, labels, body }]);

/** A reference such as `var.execution_role_arn`, written without quotes. */
export const expression = (text: string): HclValue => ({ expression: text });

export function quote(text: string): string {
  const escaped = text
    .replaceAll("\\", "\\\\")
    .replaceAll('"', '\\"')
    .replaceAll("\n", "\\n")
    .replaceAll("\r", "\\r")
    .replaceAll("\t", "\\t")
    // Terraform would read these as interpolation and template directives.
    .replaceAll("${", () => "$${")
    .replaceAll("%{", "%%{");
  return `"${escaped}"`;
}

function isMap(value: HclValue): value is { map: Readonly<Record<string, string>> } {
  return typeof value === "object" && value !== null && "map" in value;
}

function valueText(value: HclValue, indent: string): string {
  if (typeof value === "string") return quote(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map((v) => valueText(v, indent)).join(", ")}]`;
  if (isMap(value)) {
    const entries = Object.entries(value.map);
    if (entries.length === 0) return "{}";
    const width = Math.max(...entries.map(([k]) => quote(k).length));
    const lines = entries.map(([k, v]) => `${indent}  ${quote(k).padEnd(width)} = ${quote(v)}`);
    return `{\n${lines.join("\n")}\n${indent}}`;
  }
  return (value as { expression: string }).expression;
}

function bodyText(items: readonly HclItem[], indent: string): string[] {
  const lines: string[] = [];
  // Alignment runs over neighbouring one-line attributes, as `terraform fmt` does.
  let run: { name: string; text: string }[] = [];
  const flush = () => {
    const width = Math.max(0, ...run.map((r) => r.name.length));
    for (const r of run) lines.push(`${indent}${r.name.padEnd(width)} = ${r.text}`);
    run = [];
  };
  for (const item of items) {
    if (item.kind === "attribute") {
      const text = valueText(item.value, indent);
      if (text.includes("\n")) {
        flush();
        lines.push(`${indent}${item.name} = ${text}`);
      } else run.push({ name: item.name, text });
      continue;
    }
    flush();
    if (lines.length > 0 && lines[lines.length - 1] !== "") lines.push("");
    const labels = (item.labels ?? []).map((l) => ` ${quote(l)}`).join("");
    lines.push(
      `${indent}${item.name}${labels} {`,
      ...bodyText(item.body, `${indent}  `),
      `${indent}}`,
    );
    lines.push("");
  }
  flush();
  while (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/** Top-level blocks, separated by a blank line, ending with a newline. */
export function hclText(items: readonly HclItem[]): string {
  return `${bodyText(items, "").join("\n")}\n`;
}
