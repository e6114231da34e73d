/** Unique, valid resource names (4–40 chars of [A-Za-z0-9-_], starting alphanumeric). */
let counter = 0;

export function uniqueName(prefix: string, maxLength = 40): string {
  counter += 1;
  const suffix = `${counter.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return `${prefix.slice(0, maxLength - suffix.length - 1)}-${suffix}`;
}
