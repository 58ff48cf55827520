import { describe, expect, it } from 'vitest';
import { statuses } from '../testing.js';
import { snapshot } from './fixtures.js';
import check from './compute_no_legacy_network.check.js';

describe('compute_no_legacy_network', () => {
  it('fails a legacy network and passes a VPC network', () => {
    const legacy = { id: 'n/old', name: 'old', autoCreateSubnetworks: false, legacy: true };
    const vpc = { id: 'n/app', name: 'app', autoCreateSubnetworks: false, legacy: false };
    expect(statuses(check, snapshot({ networks: [legacy, vpc] }))).toEqual({
      'n/old': 'FAIL',
      'n/app': 'PASS',
    });
  });
});
