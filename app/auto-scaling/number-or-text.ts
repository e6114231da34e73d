/**
 * A number field as the API expects it: absent when empty (App Runner's default applies), a
 * number when it reads as one, else the text itself so the validator names the field.
 */
export function numberOrText(raw: FormDataEntryValue | null): number | string | undefined {
  const text = typeof raw === "string" ? raw.trim() : "";
  if (text === "") return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : text;
}
