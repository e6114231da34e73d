import type { SourceHashes } from "./source-hashes";

/**
 * The one line `npm start` prints when the build was made from other sources than the ones on
 * disk now, or nothing when they match. A file present on one side only counts as changed.
 */
export function staleBuildMessage(built: SourceHashes, current: SourceHashes): string | undefined {
  const paths = new Set([...Object.keys(built), ...Object.keys(current)]);
  const changed = [...paths].filter((file) => built[file] !== current[file]).sort();
  const [first] = changed;
  if (first === undefined) return undefined;
  const what = changed.length === 1 ? first : `${first} and ${changed.length - 1} more`;
  return `The build is older than the source (${what} changed since): run npm run build to rebuild. Starting the existing build.`;
}
