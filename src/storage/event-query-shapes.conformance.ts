import { expect } from 'vitest';
import type { CbpEvent, EventQuery, Store } from '../core/index.js';
import { makeEvent, makeScan } from './store.conformance.js';

const T0 = Date.UTC(2026, 0, 5, 9);

/**
 * Every shape of event query (each filter present or not, the metric exact or a prefix), read by
 * pages of two, against the same filters applied to the stored events in memory. The store
 * compiles each shape's SQL once and binds the values itself from then on: each shape is read
 * twice, with the values of two scans, so that the cached statement is used with new values.
 */
export async function expectEveryEventQueryShape(store: Store): Promise<void> {
  const acme = makeScan({ client_id: 'acme' });
  const globex = makeScan({ client_id: 'globex' });
  const all: CbpEvent[] = [];
  for (const scan of [acme, globex]) {
    await store.createScan(scan, 'sealed:v1:abc');
    for (let n = 0; n < 3; n += 1) {
      for (const metricType of ['aws.metadata.ec2.instance_type', 'aws.cost.ec2.hourly_usd']) {
        const event = makeEvent({
          scan,
          resourceId: `arn:aws:ec2:eu-west-3:123456789012:instance/i-${n}`,
          metricType,
          value: n,
          at: new Date(T0 + (all.length % 5) * 3_600_000),
        });
        await store.insertEvents([event]);
        all.push(event);
      }
    }
  }
  const bools = [false, true];
  let shapes = 0;
  for (const scan of [acme, globex]) {
    for (const client of bools)
      for (const byScan of bools)
        for (const resource of bools)
          for (const metric of ['none', 'exact', 'prefix'] as const)
            for (const category of bools)
              for (const since of bools)
                for (const until of bools) {
                  const query: EventQuery = {
                    limit: 2,
                    ...(client && { client_id: scan.client_id }),
                    ...(byScan && { scan_id: scan.id }),
                    ...(resource && {
                      resource_id: 'arn:aws:ec2:eu-west-3:123456789012:instance/i-1',
                    }),
                    ...(metric === 'exact' && { metric_type: 'aws.metadata.ec2.instance_type' }),
                    ...(metric === 'prefix' && { metric_type: 'aws.cost.' }),
                    ...(category && { category: 'metadata' as const }),
                    ...(since && { since: new Date(T0 + 3_600_000) }),
                    ...(until && { until: new Date(T0 + 4 * 3_600_000) }),
                  };
                  const expected = all.filter(
                    (e) =>
                      (query.client_id === undefined || e.client_id === query.client_id) &&
                      (query.scan_id === undefined || e.scan_id === query.scan_id) &&
                      (query.resource_id === undefined || e.resource_id === query.resource_id) &&
                      (query.metric_type === undefined ||
                        (query.metric_type.endsWith('.')
                          ? e.metric_type.startsWith(query.metric_type)
                          : e.metric_type === query.metric_type)) &&
                      (query.category === undefined || e.category === query.category) &&
                      (query.since === undefined ||
                        Date.parse(e.timestamp) >= query.since.getTime()) &&
                      (query.until === undefined ||
                        Date.parse(e.timestamp) < query.until.getTime()),
                  );
                  const read: CbpEvent[] = [];
                  let cursor: string | undefined;
                  for (;;) {
                    const page = await store.queryEvents({
                      ...query,
                      ...(cursor !== undefined && { cursor }),
                    });
                    read.push(...page.items);
                    if (page.next_cursor === null) break;
                    cursor = page.next_cursor;
                  }
                  expect(read, JSON.stringify(query)).toEqual(expected);
                  shapes += 1;
                }
  }
  expect(shapes).toBe(2 * 2 * 2 * 2 * 3 * 2 * 2 * 2);
}
