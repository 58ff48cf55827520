import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MetricCatalogue } from '../../../../core/index.js';
import {
  drainEvents,
  fakeClients,
  gcpUnitContext,
  serviceDisabled,
  startFakeGoogle,
  valueOf,
  type FakeGoogle,
} from '../../testing/fake-google.js';
import { ID, PROJECT, serveSql } from './fixtures/rest.js';
import { SQL_METRIC as M } from './metrics.js';
import { sqlScanner } from './scanner.js';

let fake: FakeGoogle;
beforeEach(async () => {
  fake = await startFakeGoogle();
  serveSql(fake);
});
afterEach(async () => {
  await fake.close();
});

const scan = () => drainEvents(sqlScanner.scan(gcpUnitContext(fakeClients(fake, PROJECT))));

describe('sqlScanner', () => {
  it('lists instances once and queries Monitoring once per metric type for all of them', async () => {
    await scan();

    expect(fake.count(`/v1/projects/${PROJECT}/instances`)).toBe(1);
    expect(fake.count(`/v3/projects/${PROJECT}/timeSeries`)).toBe(2);
    expect(fake.requests).toHaveLength(3);
  });

  it('reports exposure, TLS mode, backups and flags of each instance', async () => {
    const events = await scan();

    expect(valueOf(events, ID.legacy, M.publicIp)).toBe(true);
    expect(valueOf(events, ID.legacy, M.authorizedNetworks)).toEqual(['0.0.0.0/0']);
    expect(valueOf(events, ID.legacy, M.sslMode)).toBe('ALLOW_UNENCRYPTED_AND_ENCRYPTED');
    expect(valueOf(events, ID.legacy, M.backups)).toBe(false);
    expect(valueOf(events, ID.legacy, M.flags)).toEqual({ local_infile: 'on' });
    expect(valueOf(events, ID.orders, M.publicIp)).toBe(false);
    expect(valueOf(events, ID.orders, M.sslMode)).toBe('ENCRYPTED_ONLY');
    expect(valueOf(events, ID.orders, M.singleZone)).toBe(false);
    expect(valueOf(events, ID.legacy, M.singleZone)).toBe(true);
    expect(valueOf(events, ID.replica, M.singleZone)).toBeUndefined();
  });

  it('flags the idle instance from CPU and connections, not the busy one', async () => {
    const events = await scan();

    expect(valueOf(events, ID.legacy, M.cpuAverage)).toBe(1.5);
    expect(valueOf(events, ID.legacy, M.maxConnections)).toBe(0);
    expect(valueOf(events, ID.legacy, M.idle)).toBe(true);
    expect(valueOf(events, ID.orders, M.cpuP95)).toBe(75);
    expect(valueOf(events, ID.orders, M.idle)).toBe(false);
    expect(valueOf(events, ID.orders, M.overprovisioned)).toBe(false);
  });

  it('fails the unit with SERVICE_DISABLED when the SQL Admin API is off', async () => {
    fake.on(
      'GET',
      `/v1/projects/${PROJECT}/instances`,
      serviceDisabled('sqladmin.googleapis.com', PROJECT),
    );

    await expect(scan()).rejects.toMatchObject({ reason: 'SERVICE_DISABLED' });
  });

  it('emits only declared metric types with their value types', async () => {
    const catalogue = new MetricCatalogue(sqlScanner.metrics);
    for (const event of await scan())
      expect(catalogue.problemWith(event.metric_type, event.metric_value)).toBeNull();
  });
});
