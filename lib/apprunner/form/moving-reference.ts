import type { WizardValues } from "./wizard-values";

/**
 * The tag of `<registry>/<repository>[:tag]`: App Runner's pattern keeps `:` out of the registry
 * and repository parts, while a tag may hold `/` and `:` itself. No tag means `latest`.
 */
function imageTag(identifier: string): string {
  const path = identifier.slice(identifier.indexOf("/") + 1);
  const colon = path.indexOf(":");
  return colon === -1 || colon === path.length - 1 ? "latest" : path.slice(colon + 1);
}

/**
 * Why restoring a configuration may not bring back the code that ran with it: the source is
 * named by something that moves (an image tag, a branch), not pinned (an image digest).
 * Undefined when the source is pinned.
 */
export function movingReferenceNote(values: WizardValues): string | undefined {
  const { source } = values;
  if (source.type === "code") {
    return `The source is the branch ${source.branch}, which may have moved since this revision ran.`;
  }
  const identifier = source.imageIdentifier.trim();
  if (!identifier || identifier.includes("@sha256:")) return undefined;
  return `The image is named by its tag ${imageTag(identifier)}, which may point to a different image now than when this revision ran.`;
}
