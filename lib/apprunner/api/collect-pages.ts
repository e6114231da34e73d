import "server-only";

/**
 * Every item of a listing the SDK's paginator walks, up to `maxPages` pages, so a backend that
 * hands out tokens forever cannot hang a request.
 */
export async function collectPages<Page, Item>(
  pages: AsyncIterable<Page>,
  itemsOf: (page: Page) => Item[] | undefined,
  maxPages: number,
): Promise<Item[]> {
  const all: Item[] = [];
  let read = 0;
  for await (const page of pages) {
    all.push(...(itemsOf(page) ?? []));
    if (++read >= maxPages) break;
  }
  return all;
}
