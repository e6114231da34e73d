/**
 * The reason every button gives, when they all give the same one: said once for the group
 * rather than repeated under each button. Undefined when any button is allowed or they differ.
 */
export function sharedReason(reasons: readonly (string | undefined)[]): string | undefined {
  const [first] = reasons;
  if (first === undefined) return undefined;
  return reasons.every((reason) => reason === first) ? first : undefined;
}

/**
 * Each button's reason when both the service's status and the person's role may forbid it:
 * a status that stops every button alike ("An operation is in progress.") is the one thing to
 * say, whoever looks; otherwise the role's reason comes first, as it stays true whatever the
 * status does. Both lists are in the same button order.
 */
export function combinedReasons(
  stateReasons: readonly (string | undefined)[],
  roleReasons: readonly (string | undefined)[],
): (string | undefined)[] {
  if (sharedReason(stateReasons)) return [...stateReasons];
  return stateReasons.map((reason, i) => roleReasons[i] ?? reason);
}
