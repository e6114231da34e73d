import type { OperationsPage, WireOperation } from "./wire";

/** A backend that hands back tokens forever must not keep the page fetching. */
const MAX_PAGES_PER_READ = 10;

export type OlderRead = { operations: WireOperation[]; nextToken: string | undefined };

/**
 * Reads ListOperations pages from `from` (the first page when undefined) until one holds an
 * operation not in `known`, or the history ends. The first page is (nearly) what the live
 * snapshot already shows, so stopping there would make "Show older operations" show nothing new.
 * Every operation read is returned, the already-known ones too, so a caller can keep them.
 */
export async function readOlderOperations(
  fetchPage: (token: string | undefined) => Promise<OperationsPage>,
  known: ReadonlySet<string | undefined>,
  from: string | undefined,
): Promise<OlderRead> {
  const operations: WireOperation[] = [];
  let token = from;
  for (let page = 0; page < MAX_PAGES_PER_READ; page++) {
    const out = await fetchPage(token);
    operations.push(...out.operations);
    token = out.nextToken;
    if (!token || out.operations.some((op) => !known.has(op.Id))) break;
  }
  return { operations, nextToken: token };
}

/** The live operations, then the kept older ones: newest first, each once (the live copy wins). */
export function mergeOperationHistory(
  live: WireOperation[],
  kept: WireOperation[],
): WireOperation[] {
  const seen = new Set<string | undefined>();
  return [...live, ...kept].filter((op) => {
    if (seen.has(op.Id)) return false;
    seen.add(op.Id);
    return true;
  });
}
