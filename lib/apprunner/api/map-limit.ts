import "server-only";

/**
 * `fn` over every item, at most `limit` at a time and in the items' order: a page that
 * describes each listed resource must not fire dozens of calls at once and be throttled.
 */
export async function mapLimit<Item, Out>(
  items: readonly Item[],
  limit: number,
  fn: (item: Item) => Promise<Out>,
): Promise<Out[]> {
  const out = new Array<Out>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
