/**
 * Every item of a paginated listing, mapped to our own type as its page arrives (items the mapper
 * drops are skipped), so only the compact form is kept. Stops between pages once `signal` aborts.
 */
export async function collectPages<Page, Item, Out>(
  pages: AsyncIterable<Page>,
  itemsOf: (page: Page) => readonly Item[] | undefined,
  map: (item: Item) => Out | undefined,
  signal?: AbortSignal,
): Promise<Out[]> {
  const out: Out[] = [];
  for await (const page of pages) {
    for (const item of itemsOf(page) ?? []) {
      const mapped = map(item);
      if (mapped !== undefined) out.push(mapped);
    }
    signal?.throwIfAborted();
  }
  return out;
}
