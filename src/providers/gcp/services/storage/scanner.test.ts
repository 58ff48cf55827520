import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MetricCatalogue } from '../../../../core/index.js';
import {
  drainEvents,
  fakeClients,
  gcpUnitContext,
  permissionDenied,
  serviceDisabled,
  startFakeGoogle,
  valueOf,
  type FakeGoogle,
} from '../../testing/fake-google.js';
import { BUCKET, ID, KEY, PROJECT, serveStorage } from './fixtures/rest.js';
import { STORAGE_METRIC as M } from './metrics.js';
import { storageScanner } from './scanner.js';

let fake: FakeGoogle;
beforeEach(async () => {
  fake = await startFakeGoogle();
  serveStorage(fake);
});
afterEach(async () => {
  await fake.close();
});

const scan = () => drainEvents(storageScanner.scan(gcpUnitContext(fakeClients(fake, PROJECT))));
const SEARCH = `/v1/projects/${PROJECT}:searchAllIamPolicies`;
const perBucket = /^\/storage\/v1\/b\/[^/]+\/iam$/;

describe('storageScanner', () => {
  it('lists buckets in pages and reads every IAM policy in one Cloud Asset search', async () => {
    const events = await scan();

    expect(fake.count('/storage/v1/b')).toBe(2);
    expect(fake.count(SEARCH)).toBe(1);
    expect(fake.count(perBucket)).toBe(0);
    expect(fake.requests).toHaveLength(3);
    const search = fake.requests.find((r) => r.path === SEARCH);
    expect(search?.query.getAll('assetTypes')).toEqual(['storage.googleapis.com/Bucket']);
    expect(fake.requests[0]?.query.get('project')).toBe(PROJECT);
    expect(valueOf(events, ID.site, M.publicMembers)).toEqual([
      'roles/storage.objectViewer:allUsers',
    ]);
    expect(valueOf(events, ID.logs, M.publicMembers)).toEqual([]);
  });

  it('reports each bucket’s access model, protection and encryption', async () => {
    const events = await scan();

    expect(valueOf(events, ID.logs, M.uniformAccess)).toBe(true);
    expect(valueOf(events, ID.site, M.uniformAccess)).toBe(false);
    expect(valueOf(events, ID.site, M.publicAccessPrevention)).toBe('inherited');
    expect(valueOf(events, ID.site, M.logBucket)).toBe(BUCKET.logs);
    expect(valueOf(events, ID.backups, M.versioning)).toBe(true);
    expect(valueOf(events, ID.backups, M.retentionDays)).toBe(30);
    expect(valueOf(events, ID.backups, M.retentionLocked)).toBe(true);
    expect(valueOf(events, ID.backups, M.cmek)).toBe(KEY);
    expect(valueOf(events, ID.backups, M.storageClass)).toBe('NEARLINE');
    expect(valueOf(events, ID.logs, M.retentionDays)).toBeUndefined();
  });

  it('falls back to one getIamPolicy per bucket when Cloud Asset Inventory is disabled', async () => {
    fake.on('GET', SEARCH, serviceDisabled('cloudasset.googleapis.com', PROJECT));
    const events = await scan();

    expect(fake.count(SEARCH)).toBe(1);
    expect(fake.count(perBucket)).toBe(3);
    expect(valueOf(events, ID.site, M.publicMembers)).toEqual([
      'roles/storage.objectViewer:allUsers',
    ]);
  });

  it('records a denied bucket policy as that bucket’s error, never as “no public member”', async () => {
    fake.on(
      'GET',
      SEARCH,
      permissionDenied('cloudasset.assets.searchAllIamPolicies', `projects/${PROJECT}`),
    );
    fake.on(
      'GET',
      `/storage/v1/b/${BUCKET.site}/iam`,
      permissionDenied('storage.buckets.getIamPolicy', `projects/_/buckets/${BUCKET.site}`),
    );
    const events = await scan();

    expect(valueOf(events, ID.site, M.publicMembers)).toBeUndefined();
    expect(valueOf(events, ID.site, M.iamError)).toBe(
      'storage.buckets.getIamPolicy: PERMISSION_DENIED',
    );
    expect(valueOf(events, ID.logs, M.publicMembers)).toEqual([]);
  });

  it('makes no IAM call for a project without buckets', async () => {
    fake.on('GET', '/storage/v1/b', { body: { kind: 'storage#buckets' } });

    expect(await scan()).toEqual([]);
    expect(fake.requests).toHaveLength(1);
  });

  it('fails the unit when buckets.list is denied', async () => {
    fake.on(
      'GET',
      '/storage/v1/b',
      permissionDenied('storage.buckets.list', `projects/${PROJECT}`),
    );

    await expect(scan()).rejects.toMatchObject({ status: 'PERMISSION_DENIED' });
  });

  it('emits only declared metric types with their value types', async () => {
    const catalogue = new MetricCatalogue(storageScanner.metrics);
    for (const event of await scan())
      expect(catalogue.problemWith(event.metric_type, event.metric_value)).toBeNull();
  });
});
