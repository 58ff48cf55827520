import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serveSubscriptions, SUB } from '../../fixtures/subscriptions.js';
import { FakeArm, fakeSession } from '../../testing/fake-arm.js';
import { GRAPH_PATH, serveGraph } from '../../testing/fake-graph.js';
import { drainEvents, unitContext, valueOf } from '../../testing/unit-context.js';
import { ADMIN_ROLE, AUTHORIZATION_ROWS, READER_ROLE } from './fixtures/rows.js';
import { AUTHORIZATION_METRIC as A } from './metrics.js';
import { authorizationScanner } from './scanner.js';

const SCOPE = `/subscriptions/${SUB.prod}`;
let fake: FakeArm;

beforeEach(async () => {
  fake = await new FakeArm().start();
  serveSubscriptions(fake);
  serveGraph(fake, AUTHORIZATION_ROWS);
});
afterEach(async () => {
  await fake.close();
});

describe('authorizationScanner', () => {
  it('counts owners and User Access Administrators and flags all-powerful custom roles', async () => {
    const session = await fakeSession(fake, { subscription_ids: [SUB.prod] });
    const events = await drainEvents(
      authorizationScanner.scan(await unitContext(session, SUB.prod)),
    );

    expect(fake.count(GRAPH_PATH)).toBe(1);
    expect(
      (fake.requests.find((r) => GRAPH_PATH.test(r.path))!.body as { query: string }).query,
    ).toMatch(/^AuthorizationResources/);
    expect(valueOf(events, SCOPE, A.assignmentCount)).toBe(4);
    expect(valueOf(events, SCOPE, A.ownerCount)).toBe(2);
    expect(valueOf(events, SCOPE, A.uaaCount)).toBe(1);
    expect(valueOf(events, ADMIN_ROLE, A.customAllActions)).toBe(true);
    expect(valueOf(events, READER_ROLE, A.customAllActions)).toBe(false);
  });
});
