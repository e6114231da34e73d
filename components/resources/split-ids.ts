/** IDs typed as a list: separated by commas, spaces or new lines; blanks dropped. */
export function splitIds(raw: FormDataEntryValue | null): string[] {
  return (typeof raw === "string" ? raw : "").split(/[\s,]+/).filter(Boolean);
}
