/** One setting of a request: its dotted path (`InstanceConfiguration.Cpu`) and its value. */
export type Leaf = { path: string; value: string | number | boolean };

/**
 * Every setting the request holds, in the order it holds them. Map entries (environment
 * variables) keep their key in the path; list items (tags) their index. Empty values are
 * skipped: they are not settings anyone made.
 */
export function leafPaths(value: unknown, prefix = ""): Leaf[] {
  if (value === undefined || value === null || value === "") return [];
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    return [{ path: prefix, value }];
  }
  if (Array.isArray(value)) {
    return value.flatMap((item, i) => leafPaths(item, join(prefix, String(i))));
  }
  if (typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => leafPaths(item, join(prefix, key)));
  }
  return [];
}

function join(prefix: string, key: string): string {
  return prefix === "" ? key : `${prefix}.${key}`;
}
