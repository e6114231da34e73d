/**
 * The reason every button gives, when they all give the same one: said once for the group
 * rather than repeated under each button. Undefined when any button is allowed or they differ.
 */
export function sharedReason(reasons: readonly (string | undefined)[]): string | undefined {
  const [first] = reasons;
  if (first === undefined) return undefined;
  return reasons.every((reason) => reason === first) ? first : undefined;
}
