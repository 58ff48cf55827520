import { describe, expect, it } from 'vitest';
import type { CbpEvent } from './event.js';
import { eventsMatching } from './event-pages.js';
import type { EventQuery } from './ports.js';

function fakeStore(total: number) {
  const queries: EventQuery[] = [];
  return {
    queries,
    async queryEvents(query: EventQuery) {
      queries.push(query);
      const start = query.cursor ? Number(query.cursor) : 0;
      const end = Math.min(total, start + query.limit);
      const items = Array.from(
        { length: end - start },
        (_, i) => ({ resource_id: `r${start + i}` }) as CbpEvent,
      );
      return { items, next_cursor: end < total ? String(end) : null };
    },
  };
}

describe('eventsMatching', () => {
  it('walks every page once, passing the filters and the cursor along', async () => {
    const store = fakeStore(7);
    const seen: string[] = [];
    for await (const event of eventsMatching(store, { scan_id: 's1', category: 'security' }, 3)) {
      seen.push(event.resource_id);
    }
    expect(seen).toEqual(['r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6']);
    expect(store.queries.map((q) => q.cursor)).toEqual([undefined, '3', '6']);
    expect(
      store.queries.every((q) => q.scan_id === 's1' && q.category === 'security' && q.limit === 3),
    ).toBe(true);
  });

  it('stops when a store hands back the cursor it was given', async () => {
    let calls = 0;
    const stuck = {
      async queryEvents() {
        calls += 1;
        return { items: [{ resource_id: 'r' } as CbpEvent], next_cursor: 'same' };
      },
    };
    let count = 0;
    for await (const _ of eventsMatching(stuck, {})) count += 1;
    expect(calls).toBe(2);
    expect(count).toBe(2);
  });
});
