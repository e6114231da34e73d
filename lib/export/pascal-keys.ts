/** `primaryContainer` → `PrimaryContainer`, all the way down: the API's names as CloudFormation spells them. */
export function pascalKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pascalKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k.charAt(0).toUpperCase() + k.slice(1),
        pascalKeys(v),
      ]),
    );
  }
  return value;
}
