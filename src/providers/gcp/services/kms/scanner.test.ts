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
import { ASSETS, keyId, PROJECT, SEARCH, serveKms } from './fixtures/rest.js';
import { KMS_METRIC as M } from './metrics.js';
import { kmsScanner } from './scanner.js';

let fake: FakeGoogle;
beforeEach(async () => {
  fake = await startFakeGoogle();
  serveKms(fake);
});
afterEach(async () => {
  await fake.close();
});

const scan = () => drainEvents(kmsScanner.scan(gcpUnitContext(fakeClients(fake, PROJECT))));
const PROJECT_ID = `//cloudresourcemanager.googleapis.com/projects/${PROJECT}`;
const DATA = keyId(PROJECT, 'europe-west1', 'data');
const LEGACY = keyId(PROJECT, 'europe-west1', 'legacy');
const SIGNER = keyId(PROJECT, 'global', 'signer');

describe('kmsScanner', () => {
  it('reads every key of every location in two paginated Cloud Asset calls', async () => {
    const events = await scan();

    expect(fake.count(ASSETS())).toBe(2);
    expect(fake.count(SEARCH())).toBe(1);
    expect(fake.requests).toHaveLength(3);
    expect(fake.requests[0]?.query.get('contentType')).toBe('RESOURCE');
    expect(fake.requests[0]?.query.getAll('assetTypes')).toEqual([
      'cloudkms.googleapis.com/CryptoKey',
    ]);
    expect(valueOf(events, DATA, M.rotationDays)).toBe(90);
    expect(valueOf(events, LEGACY, M.rotationDays)).toBeUndefined();
    expect(valueOf(events, SIGNER, M.keyPurpose)).toBe('ASYMMETRIC_SIGN');
    expect(valueOf(events, SIGNER, M.keyLocation)).toBe('global');
    expect(valueOf(events, LEGACY, M.publicMembers)).toEqual([
      'roles/cloudkms.cryptoKeyEncrypterDecrypter:allAuthenticatedUsers',
    ]);
    expect(valueOf(events, DATA, M.publicMembers)).toEqual([]);
    expect(fake.requests.find((r) => r.path === SEARCH())?.query.getAll('assetTypes')).toEqual([
      'cloudkms.googleapis.com/CryptoKey',
      'cloudkms.googleapis.com/KeyRing',
    ]);
  });

  it('gives each key the public grants of its key ring, which it inherits', async () => {
    const events = await scan();

    expect(valueOf(events, SIGNER, M.publicMembers)).toEqual([
      'roles/cloudkms.publicKeyViewer:allUsers',
    ]);
    // The europe-west1 ring's policy grants nothing public: its keys keep their own grants only.
    expect(valueOf(events, DATA, M.publicMembers)).toEqual([]);
  });

  it('records Cloud Asset Inventory disabled as the project’s error, not as “no key”', async () => {
    fake.on('GET', ASSETS(), serviceDisabled('cloudasset.googleapis.com', PROJECT));
    const events = await scan();

    expect(valueOf(events, PROJECT_ID, M.keysError)).toBe(
      'cloudasset.assets.list: SERVICE_DISABLED',
    );
    expect(events.filter((e) => e.resource_id === DATA)).toEqual([]);
  });

  it('keeps the keys when only their IAM policies are denied', async () => {
    fake.on(
      'GET',
      SEARCH(),
      permissionDenied('cloudasset.assets.searchAllIamPolicies', `projects/${PROJECT}`),
    );
    const events = await scan();

    expect(valueOf(events, PROJECT_ID, M.keysError)).toBe(
      'cloudasset.searchAllIamPolicies: PERMISSION_DENIED',
    );
    expect(valueOf(events, DATA, M.rotationDays)).toBe(90);
    expect(valueOf(events, LEGACY, M.publicMembers)).toBeUndefined();
  });

  it('emits only declared metric types with their value types', async () => {
    const catalogue = new MetricCatalogue(kmsScanner.metrics);
    for (const event of await scan())
      expect(catalogue.problemWith(event.metric_type, event.metric_value)).toBeNull();
  });
});
