import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serveSubscriptions, SUB } from '../../fixtures/subscriptions.js';
import { authorizationFailed, FakeArm, fakeSession } from '../../testing/fake-arm.js';
import { GRAPH_PATH, serveGraph } from '../../testing/fake-graph.js';
import { drainEvents, unitContext, valueOf } from '../../testing/unit-context.js';
import { ALERT, ALERT_ROWS, SUBSCRIPTION_DIAGNOSTICS } from './fixtures/rows.js';
import { MONITOR_METRIC as M } from './metrics.js';
import { monitorScanner } from './scanner.js';

const DIAGNOSTICS = /^\/subscriptions\/[^/]+\/providers\/Microsoft\.Insights\/diagnosticSettings$/i;
const SCOPE = `/subscriptions/${SUB.prod}`;
let fake: FakeArm;

beforeEach(async () => {
  fake = await new FakeArm().start();
  serveSubscriptions(fake);
  serveGraph(fake, ALERT_ROWS);
  fake.on('GET', DIAGNOSTICS, { body: SUBSCRIPTION_DIAGNOSTICS });
});
afterEach(async () => {
  await fake.close();
});

const scan = async () => {
  const session = await fakeSession(fake, { subscription_ids: [SUB.prod] });
  return drainEvents(monitorScanner.scan(await unitContext(session, SUB.prod)));
};

describe('monitorScanner', () => {
  it('reads alerts from the graph and the activity-log export in one ARM call', async () => {
    const events = await scan();

    expect(fake.count(GRAPH_PATH)).toBe(1);
    expect(fake.count(DIAGNOSTICS)).toBe(1);
    expect(valueOf(events, ALERT.nsgWrite, M.alertOperation)).toBe(
      'Microsoft.Network/networkSecurityGroups/write',
    );
    expect(valueOf(events, ALERT.disabled, M.alertEnabled)).toBe(false);
    expect(valueOf(events, SCOPE, M.exportCount)).toBe(1);
    expect(valueOf(events, SCOPE, M.exportedCategories)).toEqual([
      'Administrative',
      'Alert',
      'Security',
    ]);
  });

  it('records a denied diagnostic-settings read instead of reporting no export', async () => {
    fake.on(
      'GET',
      DIAGNOSTICS,
      authorizationFailed('Microsoft.Insights/DiagnosticSettings/Read', SCOPE),
    );
    const events = await scan();

    expect(valueOf(events, SCOPE, M.exportCount)).toBeUndefined();
    expect(valueOf(events, SCOPE, M.exportError)).toBe(
      'Microsoft.Insights/DiagnosticSettings/Read: AuthorizationFailed',
    );
    expect(fake.count(DIAGNOSTICS)).toBe(1);
  });
});
