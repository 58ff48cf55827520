import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  drainEvents,
  fakeClients,
  gcpUnitContext,
  permissionDenied,
  startFakeGoogle,
  valueOf,
  type FakeGoogle,
} from '../../testing/fake-google.js';
import { PROJECT, serveServiceUsage } from './fixtures/rest.js';
import { SERVICEUSAGE_METRIC as M } from './metrics.js';
import { serviceUsageScanner } from './scanner.js';

let fake: FakeGoogle;
beforeEach(async () => {
  fake = await startFakeGoogle();
  serveServiceUsage(fake);
});
afterEach(async () => {
  await fake.close();
});

const scan = () =>
  drainEvents(serviceUsageScanner.scan(gcpUnitContext(fakeClients(fake, PROJECT))));
const project = `//cloudresourcemanager.googleapis.com/projects/${PROJECT}`;

describe('serviceUsageScanner', () => {
  it('lists the enabled APIs across pages, filtered by the server', async () => {
    const events = await scan();

    expect(fake.requests.map((r) => r.query.get('filter'))).toEqual([
      'state:ENABLED',
      'state:ENABLED',
    ]);
    expect(valueOf(events, project, M.enabledServices)).toEqual([
      'cloudasset.googleapis.com',
      'compute.googleapis.com',
      'storage.googleapis.com',
    ]);
    expect(valueOf(events, project, M.enabledServiceCount)).toBe(3);
  });

  it('fails the unit when the listing is denied', async () => {
    fake.on(
      'GET',
      `/v1/projects/${PROJECT}/services`,
      permissionDenied('serviceusage.services.list', `projects/${PROJECT}`),
    );

    await expect(scan()).rejects.toMatchObject({ status: 'PERMISSION_DENIED' });
  });
});
