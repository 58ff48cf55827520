import type { CbpEvent } from './event.js';
import type { EventQuery, Store } from './ports.js';

/**
 * Every stored event matching `query`, page after page along the store's keyset cursor: memory
 * holds one page whatever the number of events.
 */
export async function* eventsMatching(
  store: Pick<Store, 'queryEvents'>,
  query: Omit<EventQuery, 'limit' | 'cursor'>,
  pageSize = 5000,
): AsyncGenerator<CbpEvent> {
  let cursor: string | undefined;
  for (;;) {
    const page = await store.queryEvents({
      ...query,
      limit: pageSize,
      ...(cursor !== undefined && { cursor }),
    });
    yield* page.items;
    if (page.next_cursor === null || page.next_cursor === cursor) return;
    cursor = page.next_cursor;
  }
}
