import { get, type FieldErrors } from "react-hook-form";

/** One field's problem, flattened out of react-hook-form's nested errors. */
export type FlatFieldError = { path: string; message: string; type: string };

/** A problem the server reported at submit; it stays until its field is edited. */
export const SERVER_ERROR = "server";

const NOT_CHILDREN = new Set(["ref", "message", "type", "types", "root"]);

/**
 * Every message in react-hook-form's errors, in order, with its form path. A list's own error
 * sits under `root` (when its rows have errors too) and is reported at the list.
 */
export function flattenErrors(errors: FieldErrors, base = ""): FlatFieldError[] {
  const node = errors as Record<string, unknown>;
  const out: FlatFieldError[] = [];
  const own = (value: unknown, path: string) => {
    if (typeof value !== "object" || value === null) return;
    const { message, type } = value as { message?: unknown; type?: unknown };
    if (typeof message === "string" && message)
      out.push({ path, message, type: typeof type === "string" ? type : "" });
  };
  own(node, base);
  own(node.root, base);
  for (const [key, child] of Object.entries(node)) {
    if (NOT_CHILDREN.has(key) || typeof child !== "object" || child === null) continue;
    out.push(...flattenErrors(child as FieldErrors, base ? `${base}.${key}` : key));
  }
  return out;
}

/** The message at one path: a field's, or a list's own (`service.tags`, kept under `root`). */
export function errorAt(errors: FieldErrors, path: string): string | undefined {
  const error: unknown = get(errors, path);
  if (typeof error !== "object" || error === null) return undefined;
  const { message, root } = error as { message?: unknown; root?: { message?: unknown } };
  const text = typeof message === "string" ? message : root?.message;
  return typeof text === "string" && text ? text : undefined;
}
