import type { CbpEvent, Scan, ScanUnit, Store } from '../core/index.js';
import { ReportAccumulator, type ReportModel } from './model.js';

const PAGE_SIZE = 5000;

/** Every event of a scan, page after page: memory holds one page. */
export async function* scanEvents(store: Store, scanId: string): AsyncGenerator<CbpEvent> {
  let cursor: string | undefined;
  for (;;) {
    const page = await store.queryEvents({
      scan_id: scanId,
      limit: PAGE_SIZE,
      ...(cursor !== undefined && { cursor }),
    });
    yield* page.items;
    if (page.next_cursor === null || page.next_cursor === cursor) return;
    cursor = page.next_cursor;
  }
}

/** The report of a scan, from one pass over its events. */
export async function buildReportModel(
  scan: Scan,
  units: ScanUnit[],
  events: AsyncIterable<CbpEvent> | Iterable<CbpEvent>,
  now: Date = new Date(),
): Promise<ReportModel> {
  const accumulator = new ReportAccumulator();
  for await (const event of events) accumulator.add(event);
  return accumulator.result(scan, units, now.toISOString());
}
