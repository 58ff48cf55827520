import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serveSubscriptions, SUB } from '../../fixtures/subscriptions.js';
import { authorizationFailed, FakeArm, fakeSession } from '../../testing/fake-arm.js';
import { drainEvents, unitContext, valueOf } from '../../testing/unit-context.js';
import { PRICINGS, SECURITY_CONTACTS_PAGE1, SECURITY_CONTACTS_PAGE2 } from './fixtures/arm.js';
import { DEFENDER_METRIC as D } from './metrics.js';
import { defenderScanner } from './scanner.js';

const PRICING = /\/providers\/Microsoft\.Security\/pricings$/;
const CONTACTS = /\/providers\/Microsoft\.Security\/securityContacts$/;
const SCOPE = `/subscriptions/${SUB.prod}`;
let fake: FakeArm;

beforeEach(async () => {
  fake = await new FakeArm().start();
  serveSubscriptions(fake);
  fake.on('GET', PRICING, { body: PRICINGS });
  fake.on('GET', CONTACTS, (req) => ({
    body: req.query.get('$skipToken')
      ? SECURITY_CONTACTS_PAGE2
      : SECURITY_CONTACTS_PAGE1(
          `${fake.url}${SCOPE}/providers/Microsoft.Security/securityContacts?api-version=2023-12-01-preview&$skipToken=2`,
        ),
  }));
});
afterEach(async () => {
  await fake.close();
});

const scan = async () => {
  const session = await fakeSession(fake, { subscription_ids: [SUB.prod] });
  return drainEvents(defenderScanner.scan(await unitContext(session, SUB.prod)));
};

describe('defenderScanner', () => {
  it('reads the plans and the contacts (value/nextLink pages) of the subscription', async () => {
    const events = await scan();

    expect(fake.count(PRICING)).toBe(1);
    expect(fake.count(CONTACTS)).toBe(2);
    expect(valueOf(events, SCOPE, D.plans)).toEqual({
      VirtualMachines: 'Standard',
      StorageAccounts: 'Standard',
      KeyVaults: 'Free',
      Arm: 'Standard',
      SqlServers: 'Free',
    });
    expect(valueOf(events, SCOPE, D.plansOn)).toBe(3);
    expect(valueOf(events, SCOPE, D.contactEmails)).toBe(2);
  });

  it('records a denied read with its action and ARM code', async () => {
    fake.on('GET', PRICING, authorizationFailed('Microsoft.Security/pricings/read', SCOPE));
    const events = await scan();

    expect(valueOf(events, SCOPE, D.plans)).toBeUndefined();
    expect(valueOf(events, SCOPE, D.readError)).toBe(
      'Microsoft.Security/pricings/read: AuthorizationFailed',
    );
  });
});
