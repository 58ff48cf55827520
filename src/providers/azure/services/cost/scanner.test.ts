import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JsonValue, ResultCache } from '../../../../core/index.js';
import { serveSubscriptions, SUB } from '../../fixtures/subscriptions.js';
import { FakeArm, fakeSession } from '../../testing/fake-arm.js';
import { drainEvents, unitContext, valueOf } from '../../testing/unit-context.js';
import { COST_METRIC as C } from './metrics.js';
import { costScanner } from './scanner.js';

const QUERY = /^\/subscriptions\/[^/]+\/providers\/Microsoft\.CostManagement\/query$/;
const SCOPE = `/subscriptions/${SUB.prod}`;
const columns = [
  { name: 'Cost', type: 'Number' },
  { name: 'CostUSD', type: 'Number' },
  { name: 'BillingMonth', type: 'Datetime' },
  { name: 'ServiceName', type: 'String' },
  { name: 'ResourceGroupName', type: 'String' },
  { name: 'Currency', type: 'String' },
];
let fake: FakeArm;

beforeEach(async () => {
  fake = await new FakeArm().start();
  serveSubscriptions(fake);
  fake.on('POST', QUERY, (req) =>
    req.query.get('$skiptoken')
      ? {
          body: {
            id: `${SCOPE}/providers/Microsoft.CostManagement/query/q2`,
            name: 'q2',
            type: 'Microsoft.CostManagement/query',
            properties: {
              nextLink: null,
              columns,
              rows: [[9.2, 10, '2026-11-01T00:00:00', 'Storage', 'RG-DATA', 'EUR']],
            },
          },
        }
      : {
          body: {
            id: `${SCOPE}/providers/Microsoft.CostManagement/query/q1`,
            name: 'q1',
            type: 'Microsoft.CostManagement/query',
            properties: {
              nextLink: `${fake.url}${SCOPE}/providers/Microsoft.CostManagement/query?api-version=2023-11-01&$skiptoken=AQAAAA%3D%3D`,
              columns,
              rows: [
                [110.4, 120, '2026-10-01T00:00:00', 'Virtual Machines', 'rg-app', 'EUR'],
                [27.6, 30, '2026-10-01T00:00:00', 'Storage', 'rg-data', 'EUR'],
                [92, 100, '2026-11-01T00:00:00', 'Virtual Machines', 'rg-app', 'EUR'],
              ],
            },
          },
        },
  );
});
afterEach(async () => {
  await fake.close();
});

function memoryCache(): ResultCache {
  const map = new Map<string, JsonValue>();
  return { get: async (k) => map.get(k), set: async (k, v) => void map.set(k, v) };
}

describe('costScanner', () => {
  it('queries monthly cost by service and resource group across pages, in USD, cached a day', async () => {
    const session = await fakeSession(fake, { subscription_ids: [SUB.prod] });
    const cache = memoryCache();
    const ctx = { ...(await unitContext(session, SUB.prod, { cost_months: 2 })), cache };
    const events = await drainEvents(costScanner.scan(ctx));

    expect(fake.count(QUERY)).toBe(2);
    const body = fake.requests.find((r) => QUERY.test(r.path))!.body as Record<string, unknown>;
    expect(body).toMatchObject({
      type: 'ActualCost',
      timeframe: 'Custom',
      timePeriod: { from: '2026-10-01T00:00:00.000Z' },
      dataset: { granularity: 'Monthly' },
    });
    expect(valueOf(events, SCOPE, C.monthly)).toEqual({ '2026-10': 150, '2026-11': 110 });
    expect(valueOf(events, SCOPE, C.byService)).toEqual({
      '2026-10': { 'Virtual Machines': 120, Storage: 30 },
      '2026-11': { 'Virtual Machines': 100, Storage: 10 },
    });
    expect(valueOf(events, SCOPE, C.byResourceGroup)).toEqual({
      '2026-10': { 'rg-app': 120, 'rg-data': 30 },
      '2026-11': { 'rg-app': 100, 'rg-data': 10 },
    });

    await drainEvents(costScanner.scan(ctx));
    expect(fake.count(QUERY)).toBe(2);
  });
});
