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
import {
  ASSETS,
  DATASET,
  DATASETS,
  datasetId,
  KEY,
  PROJECT,
  serveBigQuery,
  tableId,
} from './fixtures/rest.js';
import { BIGQUERY_METRIC as M } from './metrics.js';
import { bigQueryScanner } from './scanner.js';

let fake: FakeGoogle;
beforeEach(async () => {
  fake = await startFakeGoogle();
  serveBigQuery(fake);
});
afterEach(async () => {
  await fake.close();
});

const scan = () => drainEvents(bigQueryScanner.scan(gcpUnitContext(fakeClients(fake, PROJECT))));
const PROJECT_ID = `//cloudresourcemanager.googleapis.com/projects/${PROJECT}`;
const ANALYTICS = datasetId(PROJECT, 'analytics');
const PUBLIC = datasetId(PROJECT, 'public_data');
const STAGING = datasetId(PROJECT, 'staging');

describe('bigQueryScanner', () => {
  it('lists datasets in pages, gets each one, and reads every table in one Cloud Asset listing', async () => {
    const events = await scan();

    expect(fake.count(DATASETS())).toBe(2);
    expect(fake.count(DATASET())).toBe(3);
    expect(fake.count(ASSETS())).toBe(1);
    expect(fake.requests).toHaveLength(6);
    const list = fake.requests[0];
    expect(list?.query.get('all')).toBe('true');
    expect(list?.query.get('maxResults')).toBe('1000');
    const assets = fake.requests.find((r) => r.path === ASSETS());
    expect(assets?.query.getAll('assetTypes')).toEqual(['bigquery.googleapis.com/Table']);
    expect(assets?.query.get('contentType')).toBe('RESOURCE');

    expect(valueOf(events, PUBLIC, M.publicMembers)).toEqual([
      'READER:allUsers',
      'READER:allAuthenticatedUsers',
    ]);
    expect(valueOf(events, ANALYTICS, M.publicMembers)).toEqual([]);
    expect(valueOf(events, ANALYTICS, M.defaultCmek)).toBe(KEY);
    expect(valueOf(events, STAGING, M.defaultCmek)).toBeUndefined();
    expect(valueOf(events, STAGING, M.datasetLocation)).toBe('EU');
    expect(valueOf(events, PUBLIC, M.datasetLabels)).toEqual({ team: 'open-data' });
    expect(valueOf(events, tableId(PROJECT, 'analytics', 'events'), M.tableCmek)).toBe(KEY);
    expect(valueOf(events, tableId(PROJECT, 'public_data', 'census'), M.tableCmek)).toBeUndefined();
    expect(valueOf(events, tableId(PROJECT, 'staging', 'recent'), M.tableType)).toBe('VIEW');
  });

  it('fails the unit when the BigQuery API is disabled', async () => {
    fake.on('GET', DATASETS(), serviceDisabled('bigquery.googleapis.com', PROJECT));
    await expect(scan()).rejects.toMatchObject({ reason: 'SERVICE_DISABLED' });
    expect(fake.count(DATASET())).toBe(0);
  });

  it('fails the unit when the datasets cannot be listed', async () => {
    fake.on('GET', DATASETS(), permissionDenied('bigquery.datasets.get', `projects/${PROJECT}`));
    await expect(scan()).rejects.toMatchObject({ status: 'PERMISSION_DENIED' });
  });

  it('records a denied dataset as that dataset’s error, never as “no public member”', async () => {
    fake.on(
      'GET',
      `/bigquery/v2/projects/${PROJECT}/datasets/public_data`,
      permissionDenied('bigquery.datasets.get', `projects/${PROJECT}/datasets/public_data`),
    );
    const events = await scan();

    expect(valueOf(events, PUBLIC, M.datasetError)).toBe(
      'bigquery.datasets.get: PERMISSION_DENIED',
    );
    expect(valueOf(events, PUBLIC, M.publicMembers)).toBeUndefined();
    expect(valueOf(events, ANALYTICS, M.defaultCmek)).toBe(KEY);
  });

  it('keeps the datasets when Cloud Asset Inventory is disabled, recording the tables’ error', async () => {
    fake.on('GET', ASSETS(), serviceDisabled('cloudasset.googleapis.com', PROJECT));
    const events = await scan();

    expect(valueOf(events, PROJECT_ID, M.tablesError)).toBe(
      'cloudasset.assets.list: SERVICE_DISABLED',
    );
    expect(valueOf(events, ANALYTICS, M.defaultCmek)).toBe(KEY);
    expect(events.filter((e) => e.resource_id.includes('/tables/'))).toEqual([]);
  });

  it('makes no further call for a project without datasets', async () => {
    fake.on('GET', DATASETS(), { body: { kind: 'bigquery#datasetList', etag: 'e30=' } });
    expect(await scan()).toEqual([]);
    expect(fake.requests).toHaveLength(1);
  });

  it('emits only declared metric types with their value types', async () => {
    const catalogue = new MetricCatalogue(bigQueryScanner.metrics);
    for (const event of await scan())
      expect(catalogue.problemWith(event.metric_type, event.metric_value)).toBeNull();
  });
});
