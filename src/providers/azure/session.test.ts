import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DESCENDANTS_PLATFORM, SUB, subscriptionPages, TENANT } from './fixtures/subscriptions.js';
import { authorizationFailed, FAKE_TOKEN, FakeArm, fakeSession } from './testing/fake-arm.js';

const SUBSCRIPTIONS = /^\/subscriptions$/;

let fake: FakeArm;

beforeEach(async () => {
  fake = await new FakeArm().start();
  const pages = subscriptionPages(fake.url);
  fake.on('GET', SUBSCRIPTIONS, (req) => ({
    body: req.query.get('$skiptoken') === 'page2' ? pages.page2 : pages.page1,
  }));
  fake.on('GET', /\/managementGroups\/platform\/descendants$/, { body: DESCENDANTS_PLATFORM });
});

afterEach(async () => {
  await fake.close();
});

describe('AzureSession.accounts', () => {
  it('lists every subscription of the tenant across pages, a disabled one as a failure', async () => {
    const session = await fakeSession(fake);

    expect(await session.accounts()).toEqual([
      { accountId: SUB.prod },
      { accountId: SUB.dev },
      { accountId: SUB.sandbox },
      {
        accountId: SUB.disabled,
        failure: {
          code: 'SubscriptionNotEnabled',
          message: `subscription ${SUB.disabled} is Disabled`,
        },
      },
    ]);
    expect(fake.count(SUBSCRIPTIONS)).toBe(2);
    expect(fake.requests.every((r) => r.authorization === `Bearer ${FAKE_TOKEN}`)).toBe(true);
    expect(session.accountId).toBe(TENANT);
  });

  it('keeps the named subscriptions and reports one the principal cannot see', async () => {
    const missing = '11111111-2222-4333-8444-555555555555';
    const session = await fakeSession(fake, { subscription_ids: [SUB.dev, missing] });

    expect(await session.accounts()).toEqual([
      { accountId: SUB.dev },
      {
        accountId: missing,
        failure: {
          code: 'SubscriptionNotFound',
          message: `subscription ${missing} is not visible to this principal`,
        },
      },
    ]);
  });

  it('keeps the subscriptions under a management group, at any depth, and with the tags', async () => {
    const session = await fakeSession(fake, {
      management_group_ids: ['platform'],
      subscription_tags: { env: 'prod' },
    });

    expect(await session.accounts()).toEqual([{ accountId: SUB.prod }]);
    expect(fake.count(/descendants$/)).toBe(1);
  });

  it('lists the subscriptions once per session, whoever asks', async () => {
    const session = await fakeSession(fake);
    await Promise.all([session.accounts(), session.accounts()]);
    await session.accounts();

    expect(fake.count(SUBSCRIPTIONS)).toBe(2);
  });

  it('fails with ARM’s code when the principal may not list subscriptions', async () => {
    fake.on(
      'GET',
      SUBSCRIPTIONS,
      authorizationFailed('Microsoft.Resources/subscriptions/read', '/subscriptions'),
    );
    const session = await fakeSession(fake);

    await expect(session.accounts()).rejects.toMatchObject({
      code: 'AuthorizationFailed',
      statusCode: 403,
    });
    expect(fake.count(SUBSCRIPTIONS)).toBe(1);
  });

  it('hands out one pooled client set per subscription', async () => {
    const session = await fakeSession(fake);
    const a = await session.forAccount(SUB.prod);
    const b = await session.forAccount(SUB.prod);

    expect(a.clientsFor('global')).toBe(b.clientsFor('global'));
    expect(a.accountId).toBe(SUB.prod);
  });
});
