/** The DOM id of a form field's control, from its form path (`source.imageIdentifier`). */
export function fieldId(path: string): string {
  return `f-${path.replaceAll(".", "-")}`;
}
