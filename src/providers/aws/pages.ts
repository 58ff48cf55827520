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

/**
 * One copy of each repeated value of a listing (instance types, states, zones, VPC, subnet and
 * security group ids, tag values…): the SDK parses every occurrence into a string of its own, and a
 * region's inventory is held from its listing to its checks. Kept only while the listing is mapped.
 */
export interface ValuePool {
  string(value: string): string;
  /** The value made for `key` the first time it was asked for: immutable, shared by every caller. */
  shared<T>(key: string, make: () => T): T;
}

export function valuePool(): ValuePool {
  const strings = new Map<string, string>();
  const values = new Map<string, unknown>();
  return {
    string(value) {
      const known = strings.get(value);
      if (known !== undefined) return known;
      strings.set(value, value);
      return value;
    },
    shared<T>(key: string, make: () => T): T {
      if (values.has(key)) return values.get(key) as T;
      const made = make();
      values.set(key, made);
      return made;
    },
  };
}

/** Keeps every value as the SDK gave it (a record mapped alone, as tests do). */
export const NO_POOL: ValuePool = { string: (value) => value, shared: (_key, make) => make() };
