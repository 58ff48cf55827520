import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MetricCatalogue } from '../../../../core/index.js';
import { serveSubscriptions, SUB } from '../../fixtures/subscriptions.js';
import { authorizationFailed, FakeArm, fakeSession } from '../../testing/fake-arm.js';
import { GRAPH_PATH, serveGraph } from '../../testing/fake-graph.js';
import { drainEvents, unitContext, valueOf } from '../../testing/unit-context.js';
import { ACCOUNT, BLOB_SERVICE_PROD, STORAGE_ROWS } from './fixtures/rows.js';
import { STORAGE_METRIC as S } from './metrics.js';
import { storageScanner } from './scanner.js';

const BLOB = /\/storageAccounts\/([^/]+)\/blobServices\/default$/;
let fake: FakeArm;

beforeEach(async () => {
  fake = await new FakeArm().start();
  serveSubscriptions(fake);
  serveGraph(fake, STORAGE_ROWS);
  fake.on('GET', BLOB, (req) =>
    req.path.includes('stprodweb')
      ? { body: BLOB_SERVICE_PROD }
      : authorizationFailed('Microsoft.Storage/storageAccounts/blobServices/read', req.path),
  );
});
afterEach(async () => {
  await fake.close();
});

const scan = async () => {
  const session = await fakeSession(fake, { subscription_ids: [SUB.prod] });
  return drainEvents(storageScanner.scan(await unitContext(session, SUB.prod)));
};

describe('storageScanner', () => {
  it('reads the accounts from the graph and one blob service per account', async () => {
    const events = await scan();

    expect(fake.count(GRAPH_PATH)).toBe(1);
    expect(fake.count(BLOB)).toBe(2);
    expect(valueOf(events, ACCOUNT.prod, S.blobSoftDelete)).toBe(true);
    expect(valueOf(events, ACCOUNT.prod, S.versioning)).toBe(true);
    expect(valueOf(events, ACCOUNT.prod, S.minimumTls)).toBe('TLS1_2');
    expect(valueOf(events, ACCOUNT.legacy, S.httpsOnly)).toBe(false);
    expect(valueOf(events, ACCOUNT.legacy, S.blobPublicAccess)).toBe(true);
    expect(valueOf(events, ACCOUNT.legacy, S.replication)).toBe('RAGRS');
  });

  it('records a denied blob-service read with its action and code, and goes on', async () => {
    const events = await scan();

    expect(valueOf(events, ACCOUNT.legacy, S.blobServiceError)).toBe(
      'Microsoft.Storage/storageAccounts/blobServices/read: AuthorizationFailed',
    );
    expect(valueOf(events, ACCOUNT.legacy, S.blobSoftDelete)).toBeUndefined();
  });

  it('flags LRS on a production-tagged account only', async () => {
    const events = await scan();

    expect(valueOf(events, ACCOUNT.prod, S.lrsOnProduction)).toBe(true);
    expect(valueOf(events, ACCOUNT.legacy, S.lrsOnProduction)).toBeUndefined();
    expect(valueOf(events, ACCOUNT.legacy, S.zoneRedundant)).toBe(true);
  });

  it('emits only metric types it declares', async () => {
    const catalogue = new MetricCatalogue(storageScanner.metrics);
    for (const e of await scan())
      expect(catalogue.problemWith(e.metric_type, e.metric_value)).toBeNull();
  });
});
