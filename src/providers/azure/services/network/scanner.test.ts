import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MetricCatalogue } from '../../../../core/index.js';
import { SUB, subscriptionPages } from '../../fixtures/subscriptions.js';
import { authorizationFailed, FakeArm, fakeSession } from '../../testing/fake-arm.js';
import { GRAPH_PATH, serveGraph } from '../../testing/fake-graph.js';
import { drainEvents, unitContext, valueOf } from '../../testing/unit-context.js';
import { ID, NETWORK_ROWS } from './fixtures/rows.js';
import { NETWORK_METRIC as N } from './metrics.js';
import { networkScanner } from './scanner.js';

let fake: FakeArm;

beforeEach(async () => {
  fake = await new FakeArm().start();
  const pages = subscriptionPages(fake.url);
  fake.on('GET', /^\/subscriptions$/, (req) => ({
    body: req.query.get('$skiptoken') === 'page2' ? pages.page2 : pages.page1,
  }));
  serveGraph(fake, NETWORK_ROWS, 3);
});
afterEach(async () => {
  await fake.close();
});

const graphQueries = () =>
  fake.requests
    .filter((r) => GRAPH_PATH.test(r.path))
    .map(
      (r) => r.body as { query: string; subscriptions: string[]; options: { $skipToken?: string } },
    );

describe('networkScanner', () => {
  it('reads every subscription’s networking in one paginated graph query per kind', async () => {
    const session = await fakeSession(fake, { subscription_ids: [SUB.prod, SUB.dev] });
    const [prod, dev] = await Promise.all([
      unitContext(session, SUB.prod).then((ctx) => drainEvents(networkScanner.scan(ctx))),
      unitContext(session, SUB.dev).then((ctx) => drainEvents(networkScanner.scan(ctx))),
    ]);

    // 7 networking rows at 3 a page → 3 calls; the locations in use → 1 call; both subscriptions at once.
    const queries = graphQueries();
    expect(queries).toHaveLength(4);
    expect(
      queries.every(
        (q) => [...q.subscriptions].sort().join() === [SUB.dev, SUB.prod].sort().join(),
      ),
    ).toBe(true);
    expect(queries.map((q) => q.options.$skipToken ?? null).filter((t) => t !== null)).toEqual([
      '3',
      '6',
    ]);
    expect(prod.some((e) => e.resource_id === ID.devNsg)).toBe(false);
    expect(dev.map((e) => e.resource_id)).toContain(ID.devNsg);
  });

  it('reports rules, Internet exposure, subnets without NSG and watcher coverage', async () => {
    const session = await fakeSession(fake, { subscription_ids: [SUB.prod] });
    const events = await drainEvents(networkScanner.scan(await unitContext(session, SUB.prod)));

    expect(valueOf(events, ID.webNsg, N.nsgRuleCount)).toBe(5);
    // allow-https (Internet) and allow-dns (0.0.0.0/0); RDP is shadowed by the Deny at 120.
    expect(valueOf(events, ID.webNsg, N.internetExposedRules)).toBe(2);
    expect(valueOf(events, ID.appSubnet, N.subnetHasNsg)).toBe(true);
    expect(valueOf(events, ID.dataSubnet, N.subnetHasNsg)).toBe(false);
    expect(valueOf(events, ID.gatewaySubnet, N.subnetHasNsg)).toBeUndefined();
    const scope = `/subscriptions/${SUB.prod}`;
    expect(valueOf(events, scope, N.subnetsWithoutNsg)).toBe(1);
    expect(valueOf(events, scope, N.locationsWithoutWatcher)).toEqual(['northeurope']);
    expect(valueOf(events, ID.pip, N.publicIpAttached)).toBe(true);
    expect(valueOf(events, ID.strayPip, N.publicIpAttached)).toBe(false);
    expect(valueOf(events, ID.flowLog, N.flowLogRetentionDays)).toBe(30);
  });

  it('emits only metric types it declares', async () => {
    const session = await fakeSession(fake, { subscription_ids: [SUB.prod] });
    const events = await drainEvents(networkScanner.scan(await unitContext(session, SUB.prod)));
    const catalogue = new MetricCatalogue(networkScanner.metrics);
    for (const e of events) expect(catalogue.problemWith(e.metric_type, e.metric_value)).toBeNull();
  });

  it('fails the unit with ARM’s code when Resource Graph is denied', async () => {
    fake.on(
      'POST',
      GRAPH_PATH,
      authorizationFailed(
        'Microsoft.ResourceGraph/resources/read',
        '/providers/Microsoft.ResourceGraph',
      ),
    );
    const session = await fakeSession(fake, { subscription_ids: [SUB.prod] });

    await expect(
      drainEvents(networkScanner.scan(await unitContext(session, SUB.prod))),
    ).rejects.toMatchObject({ statusCode: 403 });
    // Both kinds were asked for at once; each asked once, neither retried.
    await vi.waitFor(() => expect(fake.count(GRAPH_PATH)).toBe(2));
  });
});
