import { describe, expect, it } from 'vitest';
import type { GcpSubnetwork } from '../../../providers/gcp/services/compute/model.js';
import { statuses } from '../testing.js';
import { snapshot } from './fixtures.js';
import check from './compute_subnet_flow_logs_enabled.check.js';

const subnet = (name: string, overrides: Partial<GcpSubnetwork>): GcpSubnetwork => ({
  id: `s/${name}`,
  name,
  region: 'europe-west1',
  network: 'n/app',
  ipCidrRange: '10.0.0.0/24',
  privateIpGoogleAccess: true,
  flowLogs: false,
  purpose: 'PRIVATE',
  ...overrides,
});

describe('compute_subnet_flow_logs_enabled', () => {
  it('fails a subnet without flow logs, passes one with, skips proxy-only subnets', () => {
    const result = statuses(
      check,
      snapshot({
        subnetworks: [
          subnet('on', { flowLogs: true }),
          subnet('off', {}),
          subnet('proxy', { purpose: 'REGIONAL_MANAGED_PROXY' }),
        ],
      }),
    );
    expect(result).toEqual({ 's/on': 'PASS', 's/off': 'FAIL' });
  });
});
