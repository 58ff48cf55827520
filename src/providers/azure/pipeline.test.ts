import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SUB, subscriptionPages } from './fixtures/subscriptions.js';
import { azureErrorCode } from './errors.js';
import { followableNextLink, UNTRUSTED_NEXT_LINK } from './pipeline.js';
import { keysPages } from './services/keyvault/fixtures/rows.js';
import { FAKE_TOKEN, FakeArm, fakeSession } from './testing/fake-arm.js';

const VAULT = 'https://kv-prod-app.vault.azure.net/keys?api-version=7.4';

describe('followableNextLink', () => {
  it('follows a nextLink on the host that answered (Key Vault names the port, ARM may not)', () => {
    expect(
      followableNextLink(
        VAULT,
        'https://kv-prod-app.vault.azure.net:443/keys?api-version=7.4&$skiptoken=abc',
        false,
      ),
    ).toBe('https://kv-prod-app.vault.azure.net/keys?api-version=7.4&$skiptoken=abc');
    expect(followableNextLink(VAULT, '/keys?$skiptoken=abc', false)).toBe(
      'https://kv-prod-app.vault.azure.net/keys?$skiptoken=abc',
    );
    expect(
      followableNextLink('http://127.0.0.1:8080/subscriptions', 'http://127.0.0.1:8080/x', true),
    ).toBe('http://127.0.0.1:8080/x');
  });

  it('refuses another host, another port, plain http from https, and what does not parse', () => {
    const refused = (from: string, link: string, insecure = false) => {
      try {
        followableNextLink(from, link, insecure);
      } catch (error) {
        return { code: azureErrorCode(error), message: (error as Error).message };
      }
      return undefined;
    };
    expect(refused(VAULT, 'https://evil.example.com/keys?$skiptoken=abc')).toEqual({
      code: UNTRUSTED_NEXT_LINK,
      message:
        'nextLink of GET /keys points at https://evil.example.com, not https://kv-prod-app.vault.azure.net: not followed (no token sent)',
    });
    expect(refused(VAULT, 'https://kv-other.vault.azure.net/keys')?.code).toBe(UNTRUSTED_NEXT_LINK);
    expect(refused(VAULT, 'https://kv-prod-app.vault.azure.net:8443/keys')?.code).toBe(
      UNTRUSTED_NEXT_LINK,
    );
    // A downgrade to http is refused even on an emulator configuration.
    expect(refused(VAULT, 'http://kv-prod-app.vault.azure.net/keys', true)?.code).toBe(
      UNTRUSTED_NEXT_LINK,
    );
    // Plain http only when the configured endpoint is http.
    expect(
      refused('http://127.0.0.1:8080/subscriptions', 'http://127.0.0.1:8080/x', false)?.code,
    ).toBe(UNTRUSTED_NEXT_LINK);
    expect(refused(VAULT, 'http://[::1')?.message).toContain('an unparsable URL');
  });
});

describe('AzureRest.pages with a nextLink on another host', () => {
  let fake: FakeArm;
  let other: FakeArm;
  beforeEach(async () => {
    fake = await new FakeArm().start();
    other = await new FakeArm().start();
    other.on('GET', /.*/, { body: { value: [], nextLink: null } });
    other.on('POST', /.*/, { body: { properties: { columns: [], rows: [] } } });
  });
  afterEach(async () => {
    await fake.close();
    await other.close();
  });

  it('stops the subscription listing with UntrustedNextLink and sends nothing to that host', async () => {
    const pages = subscriptionPages(fake.url);
    fake.on('GET', /^\/subscriptions$/, {
      body: {
        ...pages.page1,
        nextLink: `${other.url}/subscriptions?api-version=2022-12-01&$skiptoken=page2`,
      },
    });
    const session = await fakeSession(fake);

    const failure = await session.accounts().catch((error: unknown) => error);
    expect(azureErrorCode(failure)).toBe(UNTRUSTED_NEXT_LINK);
    expect((failure as Error).message).toContain('nextLink of GET /subscriptions points at');
    expect(fake.count(/^\/subscriptions$/)).toBe(1);
    expect(other.requests).toHaveLength(0);
  });

  it('stops an ARM listing (security contacts) the same way', async () => {
    fake.on('GET', /\/securityContacts$/, {
      body: {
        value: [],
        nextLink: `${other.url}/subscriptions/${SUB.prod}/providers/Microsoft.Security/securityContacts?$skiptoken=2`,
      },
    });
    const clients = (await (await fakeSession(fake)).forAccount(SUB.prod)).clientsFor('global');

    await expect(clients.arm.securityContacts()).rejects.toMatchObject({
      code: UNTRUSTED_NEXT_LINK,
    });
    expect(other.requests).toHaveLength(0);
  });

  it('stops a vault’s key listing: the Key Vault token never reaches the other host', async () => {
    const vaultUri = `${fake.url}/vaults/kv-prod-app/`;
    const { page1 } = keysPages(vaultUri);
    fake.on('GET', /^\/vaults\/kv-prod-app\/keys$/, {
      body: { ...page1, nextLink: `${other.url}/vaults/kv-prod-app/keys?$skiptoken=2` },
    });
    const clients = (await (await fakeSession(fake)).forAccount(SUB.prod)).clientsFor('global');

    await expect(clients.vault.keys(vaultUri)).rejects.toMatchObject({
      code: UNTRUSTED_NEXT_LINK,
    });
    expect(fake.count(/\/keys$/)).toBe(1);
    expect(fake.requests[0]?.authorization).toBe(`Bearer ${FAKE_TOKEN}`);
    expect(other.requests).toHaveLength(0);
  });

  it('refuses a Cost Management nextLink off the ARM endpoint before sending', async () => {
    const clients = (await (await fakeSession(fake)).forAccount(SUB.prod)).clientsFor('global');

    await expect(
      clients.costQuery({ type: 'ActualCost' }, undefined, `${other.url}/query?$skiptoken=2`),
    ).rejects.toMatchObject({ code: UNTRUSTED_NEXT_LINK });
    expect(other.requests).toHaveLength(0);
    expect(fake.requests).toHaveLength(0);
  });

  it('stops an SDK client’s pager (SQL firewall rules) on a nextLink off the ARM endpoint', async () => {
    const rules = /\/servers\/sql-prod\/firewallRules$/;
    const rule = (name: string) => ({
      id: `/subscriptions/${SUB.prod}/resourceGroups/rg-data/providers/Microsoft.Sql/servers/sql-prod/firewallRules/${name}`,
      name,
      type: 'Microsoft.Sql/servers/firewallRules',
      properties: { startIpAddress: '10.0.0.1', endIpAddress: '10.0.0.1' },
    });
    fake.on('GET', rules, (req) =>
      req.query.get('$skiptoken') === '2'
        ? { body: { value: [rule('office')] } }
        : {
            body: {
              value: [rule('vpn')],
              nextLink: `${fake.url}${req.path}?api-version=2021-11-01&$skiptoken=2`,
            },
          },
    );
    const clients = (await (await fakeSession(fake)).forAccount(SUB.prod)).clientsFor('global');
    // Same origin: both pages.
    expect(await clients.arm.sqlFirewallRules('rg-data', 'sql-prod')).toHaveLength(2);

    fake.on('GET', rules, {
      body: {
        value: [rule('vpn')],
        nextLink: `${other.url}/subscriptions/${SUB.prod}/resourceGroups/rg-data/providers/Microsoft.Sql/servers/sql-prod/firewallRules?$skiptoken=2`,
      },
    });
    await expect(clients.arm.sqlFirewallRules('rg-data', 'sql-prod')).rejects.toMatchObject({
      code: UNTRUSTED_NEXT_LINK,
    });
    expect(other.requests).toHaveLength(0);
  });

  it('follows Retail Prices pages only on the prices host (public, but no detour)', async () => {
    fake.on('GET', /^\/api\/retail\/prices$/, {
      body: {
        BillingCurrency: 'USD',
        Items: [],
        NextPageLink: `${other.url}/api/retail/prices?$skip=100`,
        Count: 0,
      },
    });
    const clients = (await (await fakeSession(fake)).forAccount(SUB.prod)).clientsFor('global');

    await expect(clients.retailPrices("serviceName eq 'Virtual Machines'")).rejects.toMatchObject({
      code: UNTRUSTED_NEXT_LINK,
    });
    expect(other.requests).toHaveLength(0);
  });
});
