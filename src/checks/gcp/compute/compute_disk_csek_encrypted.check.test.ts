import { describe, expect, it } from 'vitest';
import { statuses } from '../testing.js';
import { disk, snapshot } from './fixtures.js';
import check from './compute_disk_csek_encrypted.check.js';

describe('compute_disk_csek_encrypted', () => {
  it('passes a CSEK disk and fails Google- and KMS-managed ones', () => {
    const csek = disk('csek', { encryption: 'customer-supplied' });
    const google = disk('google');
    const kms = disk('kms', {
      encryption: 'customer-managed',
      kmsKeyName: 'projects/p/locations/eu/keyRings/r/cryptoKeys/k',
    });
    expect(statuses(check, snapshot({ disks: [csek, google, kms] }))).toEqual({
      [csek.id]: 'PASS',
      [google.id]: 'FAIL',
      [kms.id]: 'FAIL',
    });
  });
});
