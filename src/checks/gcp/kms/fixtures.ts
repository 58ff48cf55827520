import type { KmsKey, KmsSnapshot } from '../../../providers/gcp/services/kms/model.js';
import { PROJECT } from '../testing.js';

export function key(name: string, overrides: Partial<KmsKey> = {}): KmsKey {
  return {
    id: `//cloudkms.googleapis.com/projects/${PROJECT}/locations/europe-west1/keyRings/app/cryptoKeys/${name}`,
    name,
    location: 'europe-west1',
    keyRing: 'app',
    purpose: 'ENCRYPT_DECRYPT',
    rotationPeriodSeconds: 7_776_000,
    nextRotationTime: '2027-01-10T00:00:00Z',
    primaryState: 'ENABLED',
    protectionLevel: 'SOFTWARE',
    ...overrides,
  };
}

export const snapshot = (
  keys: KmsKey[],
  publicGrants: KmsSnapshot['publicGrants'] = { state: 'available', value: {} },
): KmsSnapshot => ({ project: PROJECT, keys: { state: 'available', value: keys }, publicGrants });
