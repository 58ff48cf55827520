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
import { PROJECT, serveDns, zoneId, ZONES } from './fixtures/rest.js';
import { DNS_METRIC as M } from './metrics.js';
import { dnsScanner } from './scanner.js';

let fake: FakeGoogle;
beforeEach(async () => {
  fake = await startFakeGoogle();
  serveDns(fake);
});
afterEach(async () => {
  await fake.close();
});

const scan = () => drainEvents(dnsScanner.scan(gcpUnitContext(fakeClients(fake, PROJECT))));

describe('dnsScanner', () => {
  it('lists the managed zones in pages with their DNSSEC key specs', async () => {
    const events = await scan();

    expect(fake.count(ZONES())).toBe(2);
    expect(fake.requests[0]?.query.get('maxResults')).toBe('1000');
    expect(valueOf(events, zoneId(PROJECT, 'www'), M.dnssecState)).toBe('on');
    expect(valueOf(events, zoneId(PROJECT, 'legacy'), M.keyAlgorithms)).toEqual([
      'keySigning:rsasha1',
      'zoneSigning:rsasha1',
    ]);
    expect(valueOf(events, zoneId(PROJECT, 'unsigned'), M.dnssecState)).toBe('off');
    expect(valueOf(events, zoneId(PROJECT, 'internal'), M.visibility)).toBe('private');
  });

  it('fails the unit when the Cloud DNS API is disabled', async () => {
    fake.on('GET', ZONES(), serviceDisabled('dns.googleapis.com', PROJECT));
    await expect(scan()).rejects.toMatchObject({ reason: 'SERVICE_DISABLED' });
  });

  it('emits only declared metric types with their value types', async () => {
    const catalogue = new MetricCatalogue(dnsScanner.metrics);
    for (const event of await scan())
      expect(catalogue.problemWith(event.metric_type, event.metric_value)).toBeNull();
  });
});
