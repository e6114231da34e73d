/** Follows NextToken until the last page; capped so a runaway listing can't hang a request. */
export async function listPages<T>(
  fetchPage: (nextToken: string | undefined) => Promise<{ items: T[]; nextToken?: string }>,
  maxPages = 50,
): Promise<T[]> {
  const all: T[] = [];
  let token: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const { items, nextToken } = await fetchPage(token);
    all.push(...items);
    if (!nextToken) break;
    token = nextToken;
  }
  return all;
}
