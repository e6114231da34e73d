import type { WizardValues } from "./wizard-values";

type TagRows = WizardValues["service"]["tags"];

export type TagChanges = { tag: { Key: string; Value: string }[]; untag: string[] };

/**
 * The tags the rows describe, key → value: blank keys are rows not filled in yet, spaces around
 * a key or value are typing, and a key given twice keeps its last value (as a resource holds
 * one value per key).
 */
export function tagMap(rows: TagRows): Map<string, string> {
  const tags = new Map<string, string>();
  for (const row of rows) {
    const key = row.key.trim();
    if (key) tags.set(key, row.value.trim());
  }
  return tags;
}

/**
 * What TagResource/UntagResource must do to go from `before` to `after`: UpdateService has no
 * Tags, so tags change apart from the rest. A changed value is a TagResource of the same key
 * (it overwrites); only keys that are gone are untagged.
 */
export function tagChanges(before: TagRows, after: TagRows): TagChanges {
  const was = tagMap(before);
  const now = tagMap(after);
  return {
    tag: [...now]
      .filter(([key, value]) => was.get(key) !== value)
      .map(([Key, Value]) => ({ Key, Value })),
    untag: [...was.keys()].filter((key) => !now.has(key)),
  };
}
