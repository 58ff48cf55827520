import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serveSubscriptions, SUB } from '../../fixtures/subscriptions.js';
import { azurePermissions } from '../../permissions.js';
import { FAKE_TOKEN, FakeArm, fakeSession } from '../../testing/fake-arm.js';
import { GRAPH_PATH, serveGraph } from '../../testing/fake-graph.js';
import { drainEvents, unitContext, valueOf } from '../../testing/unit-context.js';
import {
  DIAGNOSTICS_HARDENED,
  DIAGNOSTICS_NONE,
  KEYVAULT_ROWS,
  keysPages,
  rowsOnFake,
  secretsPage,
  VAULT,
  vaultAccessDenied,
  VAULT_UNAUTHORIZED,
  vaultFirewallDenied,
} from './fixtures/rows.js';
import { KEYVAULT_METRIC as K } from './metrics.js';
import { keyVaultScanner } from './scanner.js';

const DIAGNOSTICS =
  /^\/subscriptions\/[^/]+\/resourceGroups\/rg-secrets\/providers\/Microsoft\.KeyVault\/vaults\/[^/]+\/providers\/Microsoft\.Insights\/diagnosticSettings$/i;
const KEYS = /^\/vaults\/([^/]+)\/keys$/;
const SECRETS = /^\/vaults\/([^/]+)\/secrets$/;
/** Any data-plane path: a listing, or (never asked) one key or secret by name. */
const DATA_PLANE = /^\/vaults\//;
let fake: FakeArm;

/** Serves the vault rows with their URIs on the fake, and both vaults' data planes. */
function serveDataPlane(): void {
  serveGraph(fake, rowsOnFake(fake.url));
  const hardened = `${fake.url}/vaults/kv-prod-app/`;
  const pages = keysPages(hardened);
  fake.on('GET', KEYS, (req) =>
    KEYS.exec(req.path)?.[1] === 'kv-prod-app'
      ? { body: req.query.get('$skiptoken') ? pages.page2 : pages.page1 }
      : vaultAccessDenied('kv-legacy', 'keys'),
  );
  fake.on('GET', SECRETS, (req) =>
    SECRETS.exec(req.path)?.[1] === 'kv-prod-app'
      ? { body: secretsPage(hardened) }
      : vaultAccessDenied('kv-legacy', 'secrets'),
  );
}

beforeEach(async () => {
  fake = await new FakeArm().start();
  serveSubscriptions(fake);
  serveGraph(fake, KEYVAULT_ROWS);
  fake.on('GET', DIAGNOSTICS, (req) => ({
    body: req.path.includes('kv-prod-app') ? DIAGNOSTICS_HARDENED : DIAGNOSTICS_NONE,
  }));
});
afterEach(async () => {
  await fake.close();
});

describe('keyVaultScanner', () => {
  it('reads vaults from the graph and each vault’s diagnostic settings once', async () => {
    const session = await fakeSession(fake, { subscription_ids: [SUB.prod] });
    const events = await drainEvents(keyVaultScanner.scan(await unitContext(session, SUB.prod)));

    expect(fake.count(GRAPH_PATH)).toBe(1);
    expect(fake.count(DIAGNOSTICS)).toBe(2);
    expect(valueOf(events, VAULT.hardened, K.auditLogging)).toBe(true);
    expect(valueOf(events, VAULT.open, K.auditLogging)).toBe(false);
    expect(valueOf(events, VAULT.hardened, K.purgeProtection)).toBe(true);
    expect(valueOf(events, VAULT.open, K.purgeProtection)).toBe(false);
    expect(valueOf(events, VAULT.open, K.rbac)).toBe(false);
    expect(valueOf(events, VAULT.hardened, K.privateEndpoints)).toBe(1);
  });

  it('records a throttled diagnostic read that outlived the retries as an error of that call', async () => {
    fake.on('GET', DIAGNOSTICS, {
      status: 429,
      headers: { 'retry-after': '0' },
      body: { error: { code: 'TooManyRequests', message: 'Too many requests' } },
    });
    const session = await fakeSession(fake, { subscription_ids: [SUB.prod] });
    const events = await drainEvents(keyVaultScanner.scan(await unitContext(session, SUB.prod)));

    expect(valueOf(events, VAULT.open, K.diagnosticsError)).toBe(
      'Microsoft.Insights/diagnosticSettings/read: TooManyRequests',
    );
    // The SDK's retry policy: the first try and three retries per vault.
    expect(fake.count(DIAGNOSTICS)).toBe(8);
  });

  it('lists each vault’s keys (every nextLink page) and secrets’ properties on its data plane', async () => {
    serveDataPlane();
    const session = await fakeSession(fake, { subscription_ids: [SUB.prod] });
    const snapshot = await keyVaultScanner.scan(await unitContext(session, SUB.prod));
    const events = await drainEvents(snapshot);

    // kv-prod-app: two key pages and one secret page; kv-legacy: one refused call each.
    expect(fake.count(KEYS)).toBe(3);
    expect(fake.count(SECRETS)).toBe(2);
    const listings = fake.requests.filter((r) => DATA_PLANE.test(r.path));
    expect(listings).toHaveLength(5);
    // Only the listings: no key or secret is ever read by name (a secret's value never is).
    expect(listings.every((r) => KEYS.test(r.path) || SECRETS.test(r.path))).toBe(true);
    expect(listings.every((r) => r.query.get('api-version') === '7.4')).toBe(true);
    expect(listings.every((r) => r.authorization === `Bearer ${FAKE_TOKEN}`)).toBe(true);

    expect(valueOf(events, VAULT.hardened, K.keyCount)).toBe(3);
    expect(valueOf(events, VAULT.hardened, K.keysWithoutExpiration)).toBe(0);
    expect(valueOf(events, VAULT.hardened, K.secretCount)).toBe(2);
    expect(valueOf(events, VAULT.hardened, K.secretsWithoutExpiration)).toBe(1);
  });

  it('records a 403 of the data plane on that vault as unread, and the unit goes on', async () => {
    serveDataPlane();
    fake.on('GET', SECRETS, (req) =>
      SECRETS.exec(req.path)?.[1] === 'kv-prod-app'
        ? vaultFirewallDenied('kv-prod-app')
        : vaultAccessDenied('kv-legacy', 'secrets'),
    );
    const session = await fakeSession(fake, { subscription_ids: [SUB.prod] });
    const events = await drainEvents(keyVaultScanner.scan(await unitContext(session, SUB.prod)));

    expect(valueOf(events, VAULT.open, K.keysError)).toBe(
      'Microsoft.KeyVault/vaults/keys/read: AccessDenied',
    );
    expect(valueOf(events, VAULT.open, K.secretsError)).toBe(
      'Microsoft.KeyVault/vaults/secrets/readMetadata/action: AccessDenied',
    );
    expect(valueOf(events, VAULT.hardened, K.secretsError)).toBe(
      'Microsoft.KeyVault/vaults/secrets/readMetadata/action: ForbiddenByFirewall',
    );
    expect(valueOf(events, VAULT.hardened, K.keyCount)).toBe(3);
    expect(valueOf(events, VAULT.open, K.keyCount)).toBeUndefined();
    expect(valueOf(events, VAULT.open, K.auditLogging)).toBe(false);
    // A refusal is not retried.
    expect(fake.count(SECRETS)).toBe(2);
  });

  it('records a 401 (a token of another tenant) on that vault as unread, not retried', async () => {
    serveDataPlane();
    fake.on('GET', KEYS, VAULT_UNAUTHORIZED);
    const session = await fakeSession(fake, { subscription_ids: [SUB.prod] });
    const events = await drainEvents(keyVaultScanner.scan(await unitContext(session, SUB.prod)));

    expect(valueOf(events, VAULT.hardened, K.keysError)).toBe(
      'Microsoft.KeyVault/vaults/keys/read: Unauthorized',
    );
    expect(valueOf(events, VAULT.hardened, K.secretCount)).toBe(2);
    expect(fake.count(KEYS)).toBe(2);
  });

  it('never calls a vault URI outside the configured cloud, and records why', async () => {
    // The graph's vault URIs are on vault.azure.net; the session's cloud is the fake.
    const session = await fakeSession(fake, { subscription_ids: [SUB.prod] });
    const events = await drainEvents(keyVaultScanner.scan(await unitContext(session, SUB.prod)));

    expect(KEYVAULT_ROWS.every((r) => JSON.stringify(r).includes('.vault.azure.net/'))).toBe(true);
    expect(fake.count(DATA_PLANE)).toBe(0);
    expect(valueOf(events, VAULT.hardened, K.keysError)).toBe(
      'Microsoft.KeyVault/vaults/keys/read: UntrustedVaultUri',
    );
    expect(valueOf(events, VAULT.open, K.secretsError)).toBe(
      'Microsoft.KeyVault/vaults/secrets/readMetadata/action: UntrustedVaultUri',
    );
  });

  it('lists only the data-plane facets the scan wants (none for a selection without them)', async () => {
    serveDataPlane();
    const session = await fakeSession(fake, { subscription_ids: [SUB.prod] });
    const ctx = await unitContext(session, SUB.prod);
    const keysOnly = await drainEvents(
      keyVaultScanner.scan({ ...ctx, wants: (facet) => facet === 'vaults.keys' }),
    );
    expect(fake.count(KEYS)).toBe(3);
    expect(fake.count(SECRETS)).toBe(0);
    expect(valueOf(keysOnly, VAULT.hardened, K.keyCount)).toBe(3);
    // Not collected is not a fact: no count, and no read error either.
    expect(valueOf(keysOnly, VAULT.hardened, K.secretCount)).toBeUndefined();
    expect(valueOf(keysOnly, VAULT.hardened, K.secretsError)).toBeUndefined();

    const neither = await drainEvents(keyVaultScanner.scan({ ...ctx, wants: () => false }));
    expect(fake.count(DATA_PLANE)).toBe(3);
    expect(valueOf(neither, VAULT.hardened, K.auditLogging)).toBe(true);
    expect(valueOf(neither, VAULT.hardened, K.keysError)).toBeUndefined();
  });

  it('asks the role for the listings as DataActions, not Actions', () => {
    const role = JSON.parse(azurePermissions.render(keyVaultScanner.permissions)) as {
      Actions: string[];
      DataActions: string[];
    };
    expect(role.DataActions).toEqual([
      'Microsoft.KeyVault/vaults/keys/read',
      'Microsoft.KeyVault/vaults/secrets/readMetadata/action',
    ]);
    expect(role.Actions).toEqual([
      'Microsoft.Insights/diagnosticSettings/read',
      'Microsoft.KeyVault/vaults/read',
      'Microsoft.ResourceGraph/resources/read',
    ]);
  });
});
