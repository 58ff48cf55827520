import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serveSubscriptions, SUB } from '../../fixtures/subscriptions.js';
import { FakeArm, fakeSession } from '../../testing/fake-arm.js';
import { GRAPH_PATH, serveGraph } from '../../testing/fake-graph.js';
import { drainEvents, unitContext, valueOf } from '../../testing/unit-context.js';
import { DIAGNOSTICS_HARDENED, DIAGNOSTICS_NONE, KEYVAULT_ROWS, VAULT } from './fixtures/rows.js';
import { KEYVAULT_METRIC as K } from './metrics.js';
import { keyVaultScanner } from './scanner.js';

const DIAGNOSTICS =
  /^\/subscriptions\/[^/]+\/resourceGroups\/rg-secrets\/providers\/Microsoft\.KeyVault\/vaults\/[^/]+\/providers\/Microsoft\.Insights\/diagnosticSettings$/i;
let fake: FakeArm;

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
});
